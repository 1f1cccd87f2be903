"""A market regulation bureau's analysis of consumer complaints, reports and inquiries (投诉举报情况分析, an untuned
document of 2026-12-07): the complaints by class of goods and services, their resolution, the losses recovered, online
dispute resolution, worry-free consumption and no-questions-asked returns, the cases filed from the leads.

Official wording where the reference has it: 网络购物 "online shopping" (GWR 2021/38), 放心消费 "worry-free
consumption" (GWR 2019/438), 罚没款 as the glossary's fines and confiscations. The reports name neither complaints,
reports and inquiries, nor ODR, prepaid consumption or livestream sales: project renderings (P)."""

from __future__ import annotations

CONSUMER_COMPLAINTS_EXACT: dict[str, tuple[str, str]] = {
    "投诉": ("complaints", "P"),
    "举报": ("reports", "P"),
    "咨询": ("inquiries", "P"),
    "投诉举报": ("complaints and reports", "P"),
    "消费者投诉举报": ("consumer complaints and reports", "P"),
    "消费投诉": ("consumer complaints", "P"),
    "消费投诉举报": ("consumer complaints and reports", "P"),
    "消费者投诉、举报和咨询": ("consumer complaints, reports and inquiries", "P"),
    "投诉、举报和咨询": ("complaints, reports and inquiries", "P"),
    "投诉总量": ("total complaints", "P"),
    "投诉量": ("complaints", "P"),
    "投诉按期办结率": ("rate of complaints resolved on time", "P"),
    "消费者挽回经济损失": ("economic losses recovered for consumers", "P"),
    "ODR企业": ("enterprises settling disputes online (ODR)", "P"),
    "通过ODR直接和解纠纷": ("disputes settled directly through ODR", "P"),
    "平均处理时长": ("average handling time", "P"),
    "放心消费示范单位": ("model units of worry-free consumption", "GWR 2019/438, P"),
    "培育放心消费示范单位": ("model units of worry-free consumption fostered", "GWR 2019/438, P"),
    "省级示范单位": ("provincial-level model units", "P"),
    "参与门店": ("participating stores", "P"),
    "无理由退货": ("no-questions-asked returns", "P"),
    "办理无理由退货": ("no-questions-asked returns handled", "P"),
    "立案查处案件": ("cases filed and investigated", "P"),
    "根据投诉举报线索立案查处案件": ("cases filed from the leads of complaints and reports", "P"),
    "结案": ("cases closed", "P"),
    # a quarter's analysis (holdout71): the channels, the kinds of problem, the resolution and its time, the reports
    # by what they concern, the regulator's follow-up and the consumer rights service stations
    "办结投诉": ("complaints resolved", "P"),
    "受理投诉举报咨询": ("complaints, reports and inquiries received", "P"),
    "线上提交的投诉举报": ("complaints and reports filed online", "P"),
    "通过电话渠道反映": ("complaints and reports made by telephone", "P"),
    "售后服务问题": ("after-sales service problems", "P"),
    "质量问题": ("quality problems", "P"),
    "合同问题": ("contract problems", "P"),
    "虚假宣传问题": ("false advertising problems", "P"),
    "投诉办结率": ("complaint resolution rate", "P"),
    "投诉按时办结率": ("rate of complaints resolved on time", "P"),
    "投诉平均办理时长": ("average complaint handling time", "P"),
    "单用途商业预付卡资金存管覆盖率": ("custody coverage of single-purpose commercial prepaid card funds", "P"),
    "涉及老年消费者的投诉": ("complaints involving elderly consumers", "P"),
    "移动电话维修投诉": ("complaints about mobile phone repairs", "P"),
    "装修装饰服务投诉": ("complaints about home decoration services", "P"),
    "涉及食品安全的举报": ("reports concerning food safety", "P"),
    "涉及价格违法行为的举报": ("reports of pricing violations", "P"),
    "涉及广告违法的举报": ("reports of advertising violations", "P"),
    "职业举报": ("reports by professional claimants", "P"),
    "在线消费纠纷解决（ODR）企业": ("enterprises settling consumer disputes online (ODR)", "P"),
    # (the abbreviation taken out)
    "在线消费纠纷解决企业": ("enterprises settling consumer disputes online (ODR)", "P"),
    "放心消费承诺单位": ("businesses pledging worry-free consumption", "GWR 2019/438, P"),
    "责令整改": ("businesses ordered to rectify", "P"),
    "督促退还预付款": ("prepayments refunded at the regulator's urging", "P"),
    "消费维权服务站": ("consumer rights protection service stations", "GWR 2022/378, P"),
    "设立消费维权服务站": ("consumer rights protection service stations", "GWR 2022/378, P"),
    "ODR企业在线处理消费纠纷的平均时长": ("average time for ODR enterprises to settle consumer disputes online", "P"),
    "线下无理由退货承诺单位": ("businesses pledging no-questions-asked returns in stores", "P"),
}
# complaints by what they are about (商品类投诉, 网络购物投诉, 预付式消费投诉): "complaints about <s>"
CONSUMER_COMPLAINTS_HEADS: dict[str, tuple[str, str | None, str]] = {
    "投诉": ("complaints about {s}", "complaints", "P"),
    "投诉量": ("complaints about {s}", "complaints", "P"),
}
CONSUMER_COMPLAINTS_SUBJECTS: dict[str, tuple[str, str]] = {
    "商品类": ("goods", "P"),
    "服务类": ("services", "P"),
    "网络购物": ("online shopping", "GWR 2021/38"),
    "网购": ("online shopping", "GWR 2021/38"),
    "网络消费": ("online consumption", "P"),
    "教育培训服务": ("education and training services", "P"),
    "预付式消费": ("prepaid consumption", "P"),
    "直播带货": ("livestream sales", "P"),
    "家用电子电器": ("household electronic appliances", "P"),
    "服装鞋帽": ("clothing, footwear and hats", "P"),
    "住宿和餐饮服务": ("hotels and catering services", "YB 17-1"),
    "旅游、住宿和餐饮服务": ("tourism, hotels and catering services", "YB 17-1, P"),
    "移动电话维修": ("mobile phone repairs", "P"),
}
