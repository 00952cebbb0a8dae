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
    designated: '已建/规划', candidate: '候选', coldStorage: '冷库', capacity: '日处理能力（件）'
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
    coldStorage: 'cold storage', capacity: 'parcels/day'
  }
};
