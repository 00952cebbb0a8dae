// The county network editor's texts, and what is wrong with a field of a county network (codes of the import's
// and the editor's validation).
Object.assign(window.GONGPEI_TEXTS.zh, {
  editNetwork: '编辑网络', editAddVillage: '添加村', editAddHub: '添加乡镇站', editSave: '保存', editMove: '在地图上移动',
  editRemove: '删除', editCancel: '取消', editHint: '点击地图上的村或乡镇站进行修改。',
  editPlaceNew: '请在地图上点击新地点的位置。', editPlaceMove: '请在地图上点击新的位置。',
  editAdd_village: '添加村', editAdd_hub: '添加乡镇站', editChange_village: '修改村', editChange_hub: '修改乡镇站',
  editSaved: '已保存', editRemoved: '已删除', editRefused: '未保存', editConfirmRemove: '确定删除 {0}？',
  editField_code: '编码', editField_name: '名称', editField_townshipCode: '乡镇', editField_lat: '纬度',
  editField_lon: '经度', editField_population: '人口', editField_poor: '贫困村', editField_station: '有服务站',
  editField_designated: '已建/规划', editField_coldStorage: '冷库', editField_capacityParcelsPerDay: '日处理能力（件）',
  inputProblem_required: '必填', inputProblem_duplicate: '编码重复', inputProblem_negative: '不能为负数',
  inputProblem_tooMany: '数量超过上限', inputProblem_unknownTownship: '没有这个乡镇',
  inputProblem_latitudeRange: '纬度须在 -90 到 90 之间', inputProblem_longitudeRange: '经度须在 -180 到 180 之间',
  inputProblem_outsideCounty: '位置在县域之外', inputProblem_badCode: '编码须为 1–32 个字母、数字、“-”或“_”',
  inputProblem_tooLong: '超过 200 个字符', inputProblem_controlCharacter: '含有控制字符（如空字节或换行）',
  inputProblem_codeDiffers: '编码不能修改，请删除后重新添加',
  problemVILLAGE_HAS_RECORDS: '配送台账中有这个村的记录，不能删除（可以取消其服务站）',
  problemCOUNTY_PART_NOT_FOUND: '本县没有这个村或乡镇站'
});
Object.assign(window.GONGPEI_TEXTS.en, {
  editNetwork: 'Edit the network', editAddVillage: 'Add a village', editAddHub: 'Add a hub', editSave: 'Save',
  editMove: 'Move on the map', editRemove: 'Remove', editCancel: 'Cancel',
  editHint: 'Click a village or a hub on the map to change it.',
  editPlaceNew: 'Click on the map where the new one lies.', editPlaceMove: 'Click on the map where it lies now.',
  editAdd_village: 'Add a village', editAdd_hub: 'Add a hub', editChange_village: 'Change a village',
  editChange_hub: 'Change a hub', editSaved: 'Saved', editRemoved: 'Removed', editRefused: 'Not saved',
  editConfirmRemove: 'Remove {0}?',
  editField_code: 'Code', editField_name: 'Name', editField_townshipCode: 'Township', editField_lat: 'Latitude',
  editField_lon: 'Longitude', editField_population: 'Population', editField_poor: 'Poor village',
  editField_station: 'Has a station', editField_designated: 'Designated', editField_coldStorage: 'Cold storage',
  editField_capacityParcelsPerDay: 'Parcels a day',
  inputProblem_required: 'required', inputProblem_duplicate: 'the code is used twice', inputProblem_negative: 'must not be negative',
  inputProblem_tooMany: 'more than accepted', inputProblem_unknownTownship: 'no such township',
  inputProblem_latitudeRange: 'latitude must be between -90 and 90',
  inputProblem_longitudeRange: 'longitude must be between -180 and 180',
  inputProblem_outsideCounty: 'the place lies outside the county',
  inputProblem_badCode: "a code is 1–32 letters, digits, '-' or '_'", inputProblem_tooLong: 'longer than 200 characters',
  inputProblem_controlCharacter: 'contains a control character (such as a NUL byte or a line break)',
  inputProblem_codeDiffers: 'a code cannot be changed: remove and add instead',
  problemVILLAGE_HAS_RECORDS: 'Delivery records name this village, so it cannot be removed (its station can be taken away)',
  problemCOUNTY_PART_NOT_FOUND: 'The county has no such village or hub'
});
