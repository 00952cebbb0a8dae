// The province tab's texts, and the links to the workbooks of the other panels' tables.
Object.assign(window.GONGPEI_TEXTS.zh, {
  tabProvince: '省级视图', provincePanel: '省级视图 · 各县指标对比', provinceChoice: '省份', provinceShow: '显示各县指标',
  provinceLoading: '正在计算各县指标……', provinceXlsx: '下载各县指标（Excel）', provinceNoCounties: '没有可见的县',
  provinceCountyCode: '县代码', provinceCountyName: '县名', provinceVillages: '行政村', provinceStations: '服务站',
  provinceCoverage: '行政村覆盖率', provincePoorCoverage: '贫困村覆盖', provinceTownships: '有服务站的乡镇',
  provinceRecordParcels: '台账包裹', provinceWithin: '时效内送达（台账）', provincePlannedWithin: '时效内送达（日历）',
  provinceCostPerParcel: '每件成本（元）', provinceRatio: '与省会之比', provinceCounties: '县数',
  provinceStationsOfVillages: '有服务站的村', provinceMedianCost: '每件成本中位数（元）',
  provinceMedianRatio: '与省会之比的中位数', provinceOnPar: '与省会基本持平的县', provinceNone: '暂无',
  provinceTotals: '全省合计', provinceChart: '各县服务站覆盖率与时效内送达比例',
  problemPROVINCE_NOT_FOUND: '这个省没有可见的县',
  analysisXlsx: '下载分析结果（Excel）', indicatorsXlsx: '绩效评价指标（Excel）',
  calendarXlsx: '下载日历与乡镇达标（Excel）', targetCostXlsx: '下载时效成本对比（Excel）'
});
Object.assign(window.GONGPEI_TEXTS.en, {
  tabProvince: 'Province', provincePanel: 'Province · counties side by side', provinceChoice: 'Province',
  provinceShow: 'Show the counties', provinceLoading: 'Computing the counties’ indicators…',
  provinceXlsx: 'Download the counties’ indicators (Excel)', provinceNoCounties: 'No county to show',
  provinceCountyCode: 'County code', provinceCountyName: 'County', provinceVillages: 'Villages',
  provinceStations: 'Stations', provinceCoverage: 'Villages with a station', provincePoorCoverage: 'Poor villages covered',
  provinceTownships: 'Townships with a station', provinceRecordParcels: 'Parcels in records',
  provinceWithin: 'Within the target (records)', provincePlannedWithin: 'Within the target (calendar)',
  provinceCostPerParcel: 'Cost per parcel (yuan)', provinceRatio: 'Ratio to the capital', provinceCounties: 'Counties',
  provinceStationsOfVillages: 'Villages with a station', provinceMedianCost: 'Median cost per parcel (yuan)',
  provinceMedianRatio: 'Median ratio to the capital', provinceOnPar: 'Counties on par with the capital',
  provinceNone: 'none yet', provinceTotals: 'Totals of the province',
  provinceChart: 'Station coverage and parcels within the target by county',
  problemPROVINCE_NOT_FOUND: 'No county of this province to show',
  analysisXlsx: 'Download the analysis (Excel)', indicatorsXlsx: 'Programme indicators (Excel)',
  calendarXlsx: 'Download the calendar and its compliance (Excel)', targetCostXlsx: 'Download the cost by target (Excel)'
});
