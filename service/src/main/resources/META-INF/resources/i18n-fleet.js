// The fleet and costs panel's texts.
Object.assign(window.GONGPEI_TEXTS.zh, {
  fleetPanel: '车队与成本', fleetSave: '保存为新版本', fleetVersion: '版本', fleetDefaults: '演示默认值（版本 0）',
  fleetSaved: '已保存为版本', fleetOptional: '（可空）', fleetDay: '班次、趟次、分拣与乡镇站',
  fleet_trunkTruck: '干线常温车', fleet_chilledTruck: '干线冷藏车', fleet_van: '配送面包车',
  fleet_name: '名称', fleet_capacityKg: '载重（千克）', fleet_capacityM3: '容积（立方米）',
  fleet_chilledKg: '其中冷藏载重（千克）', fleet_chilledM3: '其中冷藏容积（立方米）',
  fleet_count: '每个站点车辆数（空：按当日需求配置）', fleet_fixedYuanPerDay: '每车每天固定成本（元）',
  fleet_yuanPerKm: '每公里成本（元）', fleet_yuanPerHour: '每小时成本（元）',
  fleet_shiftStartHour: '最早出车（时，如 5.5 为 05:30）', fleet_shiftEndHour: '最晚收车（时）',
  fleet_maxWorkingHours: '每车每天最长工作（小时）', fleet_centreHandlingYuanPerParcel: '县中心分拣每件（元）',
  fleet_hubHandlingYuanPerParcel: '乡镇站转运每件（元）', fleet_hubDocks: '乡镇站同时装车数（空：不限）',
  fleet_hubSortingParcelsPerHour: '乡镇站每小时分拣件数（空：不限）', fleet_vanTripsPerDay: '面包车每日趟数（空：3）',
  fleet_reloadMinutes: '两趟之间装车（分钟，空：15）', fleet_reloadSecondsPerParcel: '每件带回货物加装车时间（秒，空：5）',
  fleet_drivingHoursBeforeBreak: '连续驾驶多久后休息（小时，空：4）', fleet_breakMinutes: '休息时长（分钟，空：30）'
});
Object.assign(window.GONGPEI_TEXTS.en, {
  fleetPanel: 'Fleet and costs', fleetSave: 'Save as a new version', fleetVersion: 'Version',
  fleetDefaults: 'Demo defaults (version 0)', fleetSaved: 'Saved as version', fleetOptional: '(optional)',
  fleetDay: 'Shift, trips, sorting and hubs', fleet_trunkTruck: 'Trunk truck (ambient)',
  fleet_chilledTruck: 'Trunk truck (refrigerated)', fleet_van: 'Delivery van', fleet_name: 'Name',
  fleet_capacityKg: 'Payload (kg)', fleet_capacityM3: 'Volume (m³)', fleet_chilledKg: 'of which chilled (kg)',
  fleet_chilledM3: 'of which chilled (m³)', fleet_count: 'Vehicles per depot (empty: sized to the day)',
  fleet_fixedYuanPerDay: 'Fixed cost per vehicle-day (yuan)', fleet_yuanPerKm: 'Cost per km (yuan)',
  fleet_yuanPerHour: 'Cost per hour (yuan)', fleet_shiftStartHour: 'Earliest departure (hour, 5.5 = 05:30)',
  fleet_shiftEndHour: 'Latest return (hour)', fleet_maxWorkingHours: 'Longest working day (hours)',
  fleet_centreHandlingYuanPerParcel: 'Sorting at the centre per parcel (yuan)',
  fleet_hubHandlingYuanPerParcel: 'Re-loading at a hub per parcel (yuan)',
  fleet_hubDocks: 'Vans loading at a hub at once (empty: no limit)',
  fleet_hubSortingParcelsPerHour: 'Parcels a hub sorts an hour (empty: no limit)',
  fleet_vanTripsPerDay: 'Trips a van drives a day (empty: 3)', fleet_reloadMinutes: 'Reload between two trips (min, empty: 15)',
  fleet_reloadSecondsPerParcel: 'More reload for each parcel brought back (s, empty: 5)',
  fleet_drivingHoursBeforeBreak: 'Driving before a break (h, empty: 4)', fleet_breakMinutes: 'Break (min, empty: 30)'
});
// What is wrong with a field of the fleet settings.
Object.assign(window.GONGPEI_TEXTS.zh, {
  fleetRefused: '未保存', fleetProblem_required: '必填', fleetProblem_notPositive: '须大于 0',
  fleetProblem_negative: '不能为负', fleetProblem_tooLarge: '过大', fleetProblem_chilledOverCapacity: '冷藏部分不能大于整车',
  fleetProblem_noChilledSpace: '需要冷藏空间', fleetProblem_hourOfDay: '须为 0–24 点', fleetProblem_shiftOrder: '须晚于最早出车',
  fleetProblem_unknownVillage: '不是本县的村'
});
Object.assign(window.GONGPEI_TEXTS.en, {
  fleetRefused: 'Not saved', fleetProblem_required: 'required', fleetProblem_notPositive: 'must be above 0',
  fleetProblem_negative: 'cannot be negative', fleetProblem_tooLarge: 'too large',
  fleetProblem_chilledOverCapacity: 'the chilled part cannot be larger than the vehicle',
  fleetProblem_noChilledSpace: 'needs chilled space', fleetProblem_hourOfDay: 'must be an hour from 0 to 24',
  fleetProblem_shiftOrder: 'must be after the earliest departure',
  fleetProblem_unknownVillage: 'is not a village of the county'
});
