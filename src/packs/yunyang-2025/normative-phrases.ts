import type { PhraseLists } from '../../core/procedures/normative/content-check.ts';

/**
 * Wording that suggests a normative document sets what art. 19 forbids it to set (行政许可, 行政处罚,
 * 行政强制) or reduces rights and adds obligations (国办发〔2018〕37号 lists the same prohibitions). A
 * match is a warning a named person resolves with a reason, never a verdict on the text: quoting a
 * law that already provides the measure is lawful and is resolved as such. Extend with care; the
 * unit tests list what must and must not be flagged.
 */
export const YUNYANG_2025_NORMATIVE_PHRASES: PhraseLists = {
  licensing: [
    { pattern: '(?:须|需|应当|必须)经[^，。；]{0,12}(?:批准|许可|审批|同意)', label: '事前批准' },
    { pattern: '(?:须|需|应当|必须)(?:取得|办理|申领)[^，。；]{0,10}(?:许可证?|批准文件|资质|审批)', label: '取得许可或资质' },
    { pattern: '未经[^。；]{0,12}(?:批准|许可|审批)[^。；]{0,12}不得', label: '未经批准不得' },
    { pattern: '实行[^，。；]{0,8}(?:许可|审批|准入)制度?', label: '许可或审批制度' },
    { pattern: '核发[^，。；]{0,8}(?:许可证|证照|经营证)', label: '核发证照' },
  ],
  penalty: [
    { pattern: '(?:处以?|并处|处)[^，。；]{0,10}罚款', label: '罚款' },
    { pattern: '没收[^，。；]{0,8}(?:违法所得|非法财物|财物|工具)', label: '没收' },
    { pattern: '吊销[^，。；]{0,8}(?:许可证|执照|证照|资质)', label: '吊销证照' },
    { pattern: '暂扣[^，。；]{0,8}(?:许可证|执照|证照)', label: '暂扣证照' },
    { pattern: '责令停产停业|责令关闭|限制从业|行政拘留', label: '责令停产停业、关闭或限制从业' },
    { pattern: '给予警告|通报批评', label: '警告或通报批评' },
  ],
  coercion: [
    { pattern: '查封|扣押', label: '查封、扣押' },
    { pattern: '冻结[^，。；]{0,6}(?:存款|汇款|账户|资金)', label: '冻结存款汇款' },
    { pattern: '强制(?:拆除|执行|清除|收回|划拨|清理|搬迁)', label: '强制执行' },
    { pattern: '代履行', label: '代履行' },
  ],
  rights: [
    { pattern: '(?<!不)(?:收取|缴纳|交纳)[^，。；]{0,8}(?:费|保证金|押金)', label: '收费或保证金' },
    { pattern: '取消[^，。；]{0,8}(?:资格|待遇|补贴)', label: '取消资格或待遇' },
    { pattern: '不得(?:享受|申请|参加|进入|从事)', label: '限制权利' },
    { pattern: '(?:须|需|应当|必须)(?:提供|出具|提交)[^，。；]{0,12}证明', label: '要求提供证明' },
    { pattern: '限制[^，。；]{0,6}(?:进入|经营|迁移|出行|购买)', label: '限制经营或活动' },
    { pattern: '(?:必须|应当)(?:购买|使用|选择)[^，。；]{0,8}指定', label: '指定交易' },
    { pattern: '列入[^，。；]{0,6}(?:黑名单|失信)', label: '列入黑名单' },
  ],
};
