// The charts' texts (charts.js, panel-charts.js).
Object.assign(window.GONGPEI_TEXTS.zh, {
  chartCostParts: '各情景每日成本构成（元）', costPartFixed: '车辆·日固定成本', costPartDistance: '里程成本',
  costPartTime: '工时成本', costPartHandling: '分拣与装卸', chartJointSavings: '共同配送每日节约（元）',
  chartAgainst: '对比{0}', chartSavesPercent: '节约 {0}', chartCostsMorePercent: '反而多花 {0}', chartNotComparable: '不可比，不计节约', chartSaving: '节约',
  chartSeedRange: '{0} 个随机种子的范围', chartTargetCost: '各时效目标的每周成本', chartHours: '{0} 小时',
  chartTownshipCompliance: '各乡镇 {0} 小时内送达情况', chartShareAxis: '占比（%）',
  chartOfVillages: '{1} 个有包裹的村中 {0} 个', chartOfParcels: '{1} 件中 {0} 件',
  chartSubsidy: '每件补贴的退坡与扣除补贴后的每件成本', chartSubsidyPerParcel: '每件补贴', chartNetCost: '扣除补贴后每件成本',
  chartYuanPerParcel: '元/件', chartStationCosts: '建设成本：本方案与每村建站对比（元）'
});
Object.assign(window.GONGPEI_TEXTS.en, {
  chartCostParts: 'Cost of a day per scenario, by part (yuan)', costPartFixed: 'Vehicle-days (fixed)',
  costPartDistance: 'Distance', costPartTime: 'Working time', costPartHandling: 'Sorting and handling',
  chartJointSavings: 'What joint distribution saves a day (yuan)', chartAgainst: 'vs {0}', chartSavesPercent: 'saves {0}', chartCostsMorePercent: 'costs {0} more',
  chartNotComparable: 'not comparable, no saving', chartSaving: 'Saving', chartSeedRange: 'Range over {0} random seeds',
  chartTargetCost: 'Weekly cost by delivery-time target', chartHours: '{0} h',
  chartTownshipCompliance: 'Delivered within {0} h, per township', chartShareAxis: 'Share (%)',
  chartOfVillages: '{0} of {1} villages with parcels', chartOfParcels: '{0} of {1} parcels',
  chartSubsidy: 'Subsidy per parcel as it phases out, and the cost per parcel net of it', chartSubsidyPerParcel: 'Subsidy a parcel',
  chartNetCost: 'Net cost a parcel', chartYuanPerParcel: 'yuan a parcel',
  chartStationCosts: 'Construction cost: this plan against a station in every village (yuan)'
});
