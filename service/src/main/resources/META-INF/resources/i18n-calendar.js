// The weekly calendar panel's texts.
Object.assign(window.GONGPEI_TEXTS.zh, {
  weeklyCalendar: '每周服务日历', targetHours: '时效目标（小时）', dayLimit: '每日求解时间（秒）',
  planCalendar: '生成日历', compareTargets: '比较时效成本', allTownships: '全部乡镇', village: '村',
  worstAge: '最长时效（小时）', weeklyCost: '每周成本（元）', villagesWithin: '达标村比例',
  parcelsWithin: '达标包裹比例', remoteVillages: '边远村', target: '时效目标', everyDaily: '每村每日',
  visitsPerWeek: '每周到村次数', weekStart: '需求周（周一）',
  dayMON: '一', dayTUE: '二', dayWED: '三', dayTHU: '四', dayFRI: '五', daySAT: '六',
  daySUN: '日', unmetCol: '未达标原因',
  unmetTargetROAD_TIME_OVER_TARGET: '仅从县中心到村的路程就需 {0} 小时，超过 {1} 小时的目标',
  unmetTargetDAILY_VISITS_OVER_TARGET: '即使每个服务日都到村，周{0}到达县中心的包裹也要等 {1} 天，最晚 {2} 小时才到村，超过 {3} 小时的目标'
});
Object.assign(window.GONGPEI_TEXTS.en, {
  weeklyCalendar: 'Weekly service calendar', targetHours: 'Delivery-time target (h)', dayLimit: 'Solve time per day (s)',
  planCalendar: 'Plan calendar', compareTargets: 'Compare target costs', allTownships: 'All townships', village: 'Village',
  worstAge: 'Worst age (h)', weeklyCost: 'Weekly cost (yuan)',
  villagesWithin: 'Villages within target', parcelsWithin: 'Parcels within target', remoteVillages: 'Remote villages',
  target: 'Target', everyDaily: 'Every village daily', visitsPerWeek: 'Visits a week',
  weekStart: 'Demand week (Monday)', dayMON: 'Mon', dayTUE: 'Tue',
  dayWED: 'Wed', dayTHU: 'Thu', dayFRI: 'Fri', daySAT: 'Sat', daySUN: 'Sun', unmetCol: 'Why the target is missed',
  unmetTargetROAD_TIME_OVER_TARGET: 'the road from the county centre alone takes {0} h, over the target of {1} h',
  unmetTargetDAILY_VISITS_OVER_TARGET: 'even with a visit on every service day, parcels arriving at the centre on {0} wait {1} day(s) and reach the village up to {2} h later, over the target of {3} h'
});
