// A plan's real-time changes: what was reported and what the re-planning did.
Object.assign(window.GONGPEI_TEXTS.zh, {
  changeText_BREAKDOWN: '车辆 {0} 于 {1} 故障',
  changeText_URGENT_PICKUP: '{0}：{1} 件常温、{2} 件冷链农产品，{3} 备好',
  changeText_URGENT_PICKUP_DEADLINE: '{0}：{1} 件常温、{2} 件冷链农产品，{3} 备好，须在 {4} 前送到',
  replanNote_BREAKDOWN_REPLANNED: '车辆 {0} 于 {1} 故障，已完成 {3} 个站点中的 {2} 个，其余站点从{4}重新安排。',
  replanNote_URGENT_INSERTED: '{0} 的 {1} 件常温、{2} 件冷链农产品（{3} 备好）已从{4}插入路线。',
  replanNote_TRUNK_UP_KEPT: '有上行干线车辆已出发前往或已在揽收有变化的乡镇站，上行干线保持原计划。',
  replanNote_TRUNK_UP_REPLANNED: '已按配送车带回乡镇站的农产品重新安排上行干线。'
});
Object.assign(window.GONGPEI_TEXTS.en, {
  changeText_BREAKDOWN: 'Vehicle {0} broke down at {1}',
  changeText_URGENT_PICKUP: '{0}: {1} ambient and {2} chilled parcels ready at {3}',
  changeText_URGENT_PICKUP_DEADLINE: '{0}: {1} ambient and {2} chilled parcels ready at {3}, due by {4}',
  replanNote_BREAKDOWN_REPLANNED: 'Vehicle {0} broke down at {1}. It served {2} of its {3} stops; the others were re-planned from {4}.',
  replanNote_URGENT_INSERTED: '{1} ambient and {2} chilled parcels at {0}, ready at {3}, were inserted into the routes from {4}.',
  replanNote_TRUNK_UP_KEPT: 'A trunk-up truck had already left for or collected at a hub whose collection changed; the trunk up was kept as planned.',
  replanNote_TRUNK_UP_REPLANNED: 'The trunk up was re-planned for the farm products the vans now bring back to the hubs.'
});
