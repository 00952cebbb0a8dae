// The evaluation panel's texts.
Object.assign(window.GONGPEI_TEXTS.zh, {
  evaluation: '评估 · 配送台账', recordFile: '台账文件（CSV 或 Excel）', batchKind: '批次类型', kindImport: '导入',
  kindCorrection: '更正', acceptValid: '仅保存合格行（不合格行列入报告）', importRecords: '导入台账', uploading: '正在上传…',
  checkingRows: '正在校验并保存…', importQueued: '导入已排队…', phasereading: '读取并校验行',
  phasevalidating: '校验整份文件', phasestoring: '保存', rowsRead: '行已读取', importInterrupted: '服务中断，未保存任何行，请重新导入',
  remoteMinutes: '边远村豁免（距县中心车程≥分钟，留空按本县边远规则，0 不豁免）', exempted: '豁免的边远村', exemptionNotApplied: '未豁免：县无路网',
  batch: '批次', batches: '批次', rowsStored: '行已保存', rowsRejected: '行未通过校验',
  noBatches: '尚无台账', row: '第', rows: '行', from: '起始日期', to: '截止日期（不含）', showCompliance: '统计时效',
  runIntegrity: '真实性检查', verifyChain: '校验哈希链', chainIntact: '哈希链完整，台账未被改动',
  chainChanged: '台账在导入后被改动', withinTarget: '时效内送达', medianHours: '中位时长（小时）',
  p95Hours: '95% 分位时长（小时）', ledgerComplete: '台账完整率', villagesWithout: '期间无配送的村', share: '达标率',
  shareMap: '地图显示各村达标率', trace: '物流追溯', waybill: '运单号', search: '查询', notRun: '未执行（无路网）',
  receivedAtCentre: '县中心入库', arrivedAtStation: '村站到件', signedAt: '签收', vehicleCol: '车辆',
  ruleSIGNED_BEFORE_ARRIVAL: '到件前签收', ruleWAYBILL_IN_TWO_BATCHES: '运单重复导入', ruleBULK_SIGN_OFF: '批量签收',
  ruleNIGHT_TIME: '夜间到件或签收', ruleFASTER_THAN_ROAD_FROM_CENTRE: '快于路网时间（县→村）',
  ruleVEHICLE_FASTER_THAN_ROAD: '同车两站间快于路网时间', ruleBAD_HEADER: '表头错误', ruleBAD_SYNTAX: '格式错误',
  ruleMISSING_VALUE: '缺少必填值', ruleBAD_TEXT: '文本不合规', ruleUNKNOWN_VILLAGE: '未知村编码',
  ruleUNKNOWN_CARRIER: '未知快递公司', ruleUNREADABLE_FLAG: '冷链标志无法识别', ruleMISSING_TIME: '缺少必填时间',
  ruleUNREADABLE_TIME: '时间无法识别', ruleTIMES_OUT_OF_ORDER: '时间顺序错误', ruleTIME_IN_FUTURE: '时间晚于当前',
  ruleDUPLICATE_WAYBILL: '文件内运单重复', ruleUNKNOWN_WAYBILL: '更正的运单不存在',
  reportLang: 'zh', reportPdf: '下载评价报告（PDF）', reportXlsx: '下载评价报告（Excel）', planRecord: '计划与实际对照',
  plannedVisits: '计划到村次数', recordedVisits: '实际到村次数', plannedWithoutRecord: '有计划无记录',
  recordedWithoutPlan: '有记录无计划', plannedDays: '计划到村日', recordedDays: '实际到村日', plannedAge: '计划时长（小时）',
  noPlansInPeriod: '此期间没有已完成的每日计划或周计划', roadTimeFindings: '路网时间检查', detail: '详情'
});
Object.assign(window.GONGPEI_TEXTS.en, {
  evaluation: 'Evaluation · delivery records', recordFile: 'Record file (CSV or Excel)', batchKind: 'Batch kind',
  kindImport: 'Import', kindCorrection: 'Correction', acceptValid: 'Store the valid rows only (the others are reported)',
  importRecords: 'Import records', uploading: 'Uploading…', checkingRows: 'Checking and storing…', batch: 'Batch',
  importQueued: 'Import queued…', phasereading: 'Reading and checking rows', phasevalidating: 'Checking the whole file',
  phasestoring: 'Storing', rowsRead: 'rows read', importInterrupted: 'The service stopped; nothing was stored, import again',
  remoteMinutes: 'Exempt remote villages (road minutes from the centre ≥, blank for the county\'s rule, 0 for none)',
  exempted: 'Remote villages exempted', exemptionNotApplied: 'Not exempted: the county has no road network',
  batches: 'Batches', rowsStored: 'rows stored', rowsRejected: 'rows refused', noBatches: 'No records yet',
  row: 'row', rows: 'rows', from: 'From', to: 'To (exclusive)', showCompliance: 'Delivery times',
  runIntegrity: 'Integrity checks', verifyChain: 'Check the digest chain',
  chainIntact: 'Digest chain intact: no record changed since import', chainChanged: 'Records changed after import',
  withinTarget: 'Delivered within target', medianHours: 'Median (h)', p95Hours: '95th percentile (h)',
  ledgerComplete: 'Ledger completeness', villagesWithout: 'Villages without delivery', share: 'Within target',
  shareMap: 'Show each village\'s share within target on the map', trace: 'Parcel trace', waybill: 'Waybill',
  search: 'Search', notRun: 'not run (no road network)', receivedAtCentre: 'At the centre',
  arrivedAtStation: 'At the station', signedAt: 'Signed', vehicleCol: 'Vehicle',
  ruleSIGNED_BEFORE_ARRIVAL: 'Signed before arrival', ruleWAYBILL_IN_TWO_BATCHES: 'Waybill imported twice',
  ruleBULK_SIGN_OFF: 'Bulk sign-off', ruleNIGHT_TIME: 'Arrival or signature at night',
  ruleFASTER_THAN_ROAD_FROM_CENTRE: 'Faster than the road (centre → village)',
  ruleVEHICLE_FASTER_THAN_ROAD: 'One vehicle between two stations faster than the road', ruleBAD_HEADER: 'Bad header',
  ruleBAD_SYNTAX: 'Not readable', ruleMISSING_VALUE: 'Missing value', ruleBAD_TEXT: 'Text not allowed',
  ruleUNKNOWN_VILLAGE: 'Unknown village', ruleUNKNOWN_CARRIER: 'Unknown carrier', ruleUNREADABLE_FLAG: 'Unreadable flag',
  ruleMISSING_TIME: 'Missing time', ruleUNREADABLE_TIME: 'Unreadable time', ruleTIMES_OUT_OF_ORDER: 'Times out of order',
  ruleTIME_IN_FUTURE: 'Time in the future', ruleDUPLICATE_WAYBILL: 'Waybill repeated in the file',
  ruleUNKNOWN_WAYBILL: 'Corrected waybill unknown',
  reportLang: 'en', reportPdf: 'Download the evaluation report (PDF)', reportXlsx: 'Download the evaluation report (Excel)',
  planRecord: 'Plan against record', plannedVisits: 'Planned village visits', recordedVisits: 'Recorded village visits',
  plannedWithoutRecord: 'Planned, no record', recordedWithoutPlan: 'Recorded, not planned', plannedDays: 'Planned days',
  recordedDays: 'Recorded days', plannedAge: 'Planned age (h)',
  noPlansInPeriod: 'No done daily plan or weekly calendar in this period', roadTimeFindings: 'Road-time checks',
  detail: 'Detail'
});
// The table of the integrity rules.
Object.assign(window.GONGPEI_TEXTS.zh, { ruleCol: '检查规则', findingsCol: '发现', thresholdCol: '判定条件' });
Object.assign(window.GONGPEI_TEXTS.en, { ruleCol: 'Rule', findingsCol: 'Findings', thresholdCol: 'Threshold' });
// The programme indicators' printable report.
Object.assign(window.GONGPEI_TEXTS.zh, { indicatorsReport: '绩效评价指标（可打印）' });
Object.assign(window.GONGPEI_TEXTS.en, { indicatorsReport: 'Programme indicators (printable)' });
