// Interface texts in Chinese (default) and English.
window.GONGPEI_TEXTS = {
  zh: {
    appTitle: '共配 · 县乡村物流共同配送规划', api: 'API 文档', aboutData: '数据说明（演示数据含合成部分）', counties: '县', legend: '图例',
    noCounties: '尚无县数据。可通过 API 导入（见 API 文档）。',
    centre: '县级共配中心', hubDesignated: '乡镇共配站（已建/规划）', hubCandidate: '乡镇候选站点',
    villageStation: '有服务站的村', villagePoorStation: '有服务站的贫困村', villagePoor: '无服务站的贫困村',
    villageNone: '无服务站的村', onlineTiles: '显示在线底图（OpenStreetMap，需要联网）',
    townships: '乡镇', hubs: '乡镇站点', villages: '行政村', stations: '村级服务站', poorVillages: '贫困村',
    population: '人口', province: '省份', capital: '省会', switchTo: 'English', loadFailed: '加载失败：',
    stationYes: '有服务站', stationNo: '无服务站', poorYes: '贫困村', township: '乡镇',
    designated: '已建/规划', candidate: '候选', coldStorage: '冷库', capacity: '日处理能力（件）',
    todayPlan: '今日计划', planDate: '日期', timeLimit: '求解时间（秒）', hubChoice: '乡镇站',
    hubsDesignated: '已建/规划站点', hubsAll: '全部候选站点', startPlan: '开始规划', stopPlan: '提前停止',
    planOf: '计划', printSheets: '打印路线单', vehicles: '车辆与路线', unservedVillages: '未服务的村',
    earlierPlans: '历史计划', noPlans: '尚无计划', noUnserved: '无', phase: '阶段', bestScore: '当前最优',
    elapsed: '已用时间', seconds: '秒', queued: '排队中…',
    statusQUEUED: '排队中', statusSOLVING: '求解中', statusDONE: '完成', statusFAILED: '失败',
    statusINTERRUPTED: '已中断', stoppedEarly: '（提前停止）',
    phasePREPARING: '准备路网与需求', 'phasehub assignment': '分配乡镇站', 'phasetrunk down': '干线下行',
    'phaselast mile': '末端配送', 'phasetrunk up': '干线上行', phasedone: '完成',
    echelonTRUNK_DOWN: '干线下行（县→乡镇站）', echelonTRUNK_UP: '干线上行（乡镇站→县）',
    echelonLAST_MILE: '末端配送（乡镇站→村）', echelonDIRECT: '县城直送（县→村）',
    totalCost: '总成本（元）', costPerParcel: '每件成本（元）', distanceKm: '总里程（公里）',
    vehiclesUsed: '车辆数', parcelsDelivered: '送达包裹', parcelsPickedUp: '揽收农产品（件）',
    unservedCount: '未服务的村', feasible: '校验', feasibleYes: '通过', feasibleNo: '有违规',
    stopNo: '序号', arrival: '到达', site: '站点', work: '作业', parcels: '包裹', chilled: '冷链',
    pickups: '揽收', kindVILLAGE_DELIVERY: '送件', kindVILLAGE_PICKUP: '揽收', kindHUB_DROP: '卸货',
    kindHUB_COLLECT: '集货', depot: '始发', km: '公里', yuan: '元', routesDrawn: '已绘制路线'
  },
  en: {
    appTitle: 'gongpei · county–township–village joint distribution', api: 'API docs',
    aboutData: 'About the data (demo data is partly synthetic)', counties: 'Counties',
    legend: 'Legend', noCounties: 'No county yet. Import one through the API (see API docs).',
    centre: 'County distribution centre', hubDesignated: 'Township hub (built/planned)',
    hubCandidate: 'Candidate hub site', villageStation: 'Village with a station',
    villagePoorStation: 'Poor village with a station', villagePoor: 'Poor village without a station',
    villageNone: 'Village without a station', onlineTiles: 'Show online base map (OpenStreetMap, needs internet)',
    townships: 'Townships', hubs: 'Hub sites', villages: 'Villages', stations: 'Village stations',
    poorVillages: 'Poor villages', population: 'Population', province: 'Province', capital: 'Provincial capital',
    switchTo: '中文', loadFailed: 'Loading failed: ', stationYes: 'station', stationNo: 'no station',
    poorYes: 'poor village', township: 'Township', designated: 'built/planned', candidate: 'candidate',
    coldStorage: 'cold storage', capacity: 'parcels/day',
    todayPlan: "Today's plan", planDate: 'Date', timeLimit: 'Time limit (s)', hubChoice: 'Township hubs',
    hubsDesignated: 'Built/planned hubs', hubsAll: 'All candidate sites', startPlan: 'Start planning',
    stopPlan: 'Stop early', planOf: 'Plan', printSheets: 'Print route sheets', vehicles: 'Vehicles and routes',
    unservedVillages: 'Unserved villages', earlierPlans: 'Earlier plans', noPlans: 'No plans yet',
    noUnserved: 'none', phase: 'Phase', bestScore: 'Best score', elapsed: 'Elapsed', seconds: 's',
    queued: 'Queued…', statusQUEUED: 'queued', statusSOLVING: 'solving', statusDONE: 'done',
    statusFAILED: 'failed', statusINTERRUPTED: 'interrupted', stoppedEarly: ' (stopped early)',
    phasePREPARING: 'Preparing roads and demand', 'phasehub assignment': 'Assigning villages to hubs',
    'phasetrunk down': 'Trunk down', 'phaselast mile': 'Last mile', 'phasetrunk up': 'Trunk up',
    phasedone: 'Done', echelonTRUNK_DOWN: 'Trunk down (county → hubs)', echelonTRUNK_UP: 'Trunk up (hubs → county)',
    echelonLAST_MILE: 'Last mile (hub → villages)', echelonDIRECT: 'Direct (county → villages)',
    totalCost: 'Total cost (yuan)', costPerParcel: 'Cost per parcel (yuan)', distanceKm: 'Distance (km)',
    vehiclesUsed: 'Vehicles', parcelsDelivered: 'Parcels delivered', parcelsPickedUp: 'Farm parcels collected',
    unservedCount: 'Unserved villages', feasible: 'Check', feasibleYes: 'passed', feasibleNo: 'violations',
    stopNo: '#', arrival: 'Arrival', site: 'Site', work: 'Task', parcels: 'Parcels', chilled: 'Chilled',
    pickups: 'Collected', kindVILLAGE_DELIVERY: 'deliver', kindVILLAGE_PICKUP: 'collect', kindHUB_DROP: 'drop',
    kindHUB_COLLECT: 'collect', depot: 'Depot', km: 'km', yuan: 'yuan', routesDrawn: 'Routes drawn'
  }
};
// The weekly calendar panel's texts.
Object.assign(window.GONGPEI_TEXTS.zh, {
  weeklyCalendar: '每周服务日历', targetHours: '时效目标（小时）', dayLimit: '每日求解时间（秒）',
  planCalendar: '生成日历', compareTargets: '比较时效成本', allTownships: '全部乡镇', village: '村',
  worstAge: '最长时效（小时）', weeklyCost: '每周成本（元）', vehicleDays: '车·日', villagesWithin: '达标村比例',
  parcelsWithin: '达标包裹比例', remoteVillages: '边远村', target: '时效目标', everyDaily: '每村每日',
  visitsPerWeek: '每周到村次数', dayMON: '一', dayTUE: '二', dayWED: '三', dayTHU: '四', dayFRI: '五', daySAT: '六',
  daySUN: '日'
});
Object.assign(window.GONGPEI_TEXTS.en, {
  weeklyCalendar: 'Weekly service calendar', targetHours: 'Delivery-time target (h)', dayLimit: 'Solve time per day (s)',
  planCalendar: 'Plan calendar', compareTargets: 'Compare target costs', allTownships: 'All townships', village: 'Village',
  worstAge: 'Worst age (h)', weeklyCost: 'Weekly cost (yuan)', vehicleDays: 'Vehicle-days',
  villagesWithin: 'Villages within target', parcelsWithin: 'Parcels within target', remoteVillages: 'Remote villages',
  target: 'Target', everyDaily: 'Every village daily', visitsPerWeek: 'Visits a week', dayMON: 'Mon', dayTUE: 'Tue',
  dayWED: 'Wed', dayTHU: 'Thu', dayFRI: 'Fri', daySAT: 'Sat', daySUN: 'Sun'
});
