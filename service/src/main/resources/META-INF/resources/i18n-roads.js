// The road network panel's texts.
Object.assign(window.GONGPEI_TEXTS.zh, {
  roadsPanel: '路网管理', roadFile: 'OpenStreetMap 路网文件（.osm.pbf / .osm / .osm.gz）', uploadRoads: '上传并导入路网',
  runRoadCheck: '检查村庄通达', roadUploads: '已上传的路网', noRoadUploads: '尚未上传路网（使用配置的路网）',
  currentRoads: '当前路网', roadsImported: '路网已导入', junctions: '个路网节点', villagesRoutable: '个村可通达',
  roadProblems: '无法通达的村', noRoadProblems: '所有村均可从县中心往返', farthestByTime: '按车程最远的村',
  outMinutes: '去程（分钟）', backMinutes: '返程（分钟）', minutes: '分钟',
  reasonTOO_FAR_FROM_ROAD: '离道路太远', reasonNOT_CONNECTED: '与县中心不连通',
  roadPhaseREADING_OSM: '读取 OSM 文件', roadPhaseSUBNETWORKS: '清理孤立路段', roadPhaseCH: '预处理路网（收缩层次）',
  roadPhaseROAD_CHECK: '检查村庄通达', roadPhasedone: '完成', roadPhaseCUTTING: '从大区域路网中裁切本县',
  profileVAN: '面包车', profileBOX_TRUCK: '4.2 米厢式货车', profileREFRIGERATED_TRUCK: '4.2 米冷藏车',
  profileELECTRIC_TRICYCLE: '电动三轮车',
  estimateLabel: '估算', estimateNoRoads: '本县没有路网，里程与时间按直线距离估算：绕行系数'
});
Object.assign(window.GONGPEI_TEXTS.en, {
  roadsPanel: 'Road network', roadFile: 'OpenStreetMap file (.osm.pbf / .osm / .osm.gz)', uploadRoads: 'Upload and import',
  runRoadCheck: 'Check the villages', roadUploads: 'Uploaded road networks',
  noRoadUploads: 'No upload yet (the configured network is used)', currentRoads: 'current',
  roadsImported: 'Road network imported', junctions: 'road nodes', villagesRoutable: 'villages reachable',
  roadProblems: 'Villages that cannot be reached', noRoadProblems: 'Every village is reachable from the centre and back',
  farthestByTime: 'Farthest villages by driving time', outMinutes: 'Out (min)', backMinutes: 'Back (min)',
  minutes: 'min', reasonTOO_FAR_FROM_ROAD: 'too far from a road', reasonNOT_CONNECTED: 'not connected to the centre',
  roadPhaseREADING_OSM: 'Reading the OSM file', roadPhaseSUBNETWORKS: 'Removing road islands',
  roadPhaseCH: 'Preparing the roads (contraction hierarchy)', roadPhaseROAD_CHECK: 'Checking the villages',
  roadPhaseCUTTING: 'Cutting the county out of the large extract',
  roadPhasedone: 'done', profileVAN: 'van', profileBOX_TRUCK: '4.2 m box truck',
  profileREFRIGERATED_TRUCK: '4.2 m refrigerated truck', profileELECTRIC_TRICYCLE: 'electric tricycle',
  estimateLabel: 'ESTIMATE', estimateNoRoads: 'this county has no road network; distances and times are straight lines times the detour factor'
});
