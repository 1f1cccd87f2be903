"""A county's work summary of East-West collaboration (funds from the partner province, city and district, projects,
investment of eastern enterprises, assistance workshops, labour collaboration, consumer assistance, cadres and
professionals exchanged, pairing of towns, villages and schools, donations) and a county's forest fire prevention order
(the forest, last season's fires, brigades and rangers, watchtowers and cameras, hazards, response times, cases);
holdout62.

Official usage where the reference has it: 东西部协作 "collaboration between eastern and western regions" (GWR
2022/425), 劳务协作 "labor collaboration" and 脱贫人口 "people who are no longer in poverty" (GWR 2022/424), 乡村振兴
"rural revitalization" (GWR 2022/96), 医联体 "healthcare consortiums" (GWR 2018/185), 森林覆盖率 "forest coverage"
(GWR 2021/210), 森林火灾 "forest fires" (YB 8-28); 消费帮扶 "consumer assistance" (P) after 消费扶贫 (GWR 2021/46
"consumer spending on products from poor areas"); the rest project renderings (P).
"""

from __future__ import annotations

_EAST_FUNDS = "fiscal assistance funds from the eastern partners"

EAST_WEST_EXACT: dict[str, tuple[str, str]] = {
    # the partners' meetings and the county's own
    "两地党政领导开展互访调研": ("visits between the Party and government leaders of the two sides", "P"),
    "党政主要领导到我县考察": ("inspection visits to the county by the principal Party and government leaders", "P"),
    "召开县级东西部协作工作领导小组会议": (
        "meetings of the county's leading group for collaboration between eastern and western regions",
        "GWR 2022/425, P"),
    "研究解决问题": ("problems studied and solved", "P"),
    # funds
    "财政援助资金": (_EAST_FUNDS, "P"), "东部财政援助资金": (_EAST_FUNDS, "P"),
    "省级财政援助资金": ("provincial fiscal assistance funds", "P"),
    "市级财政援助资金": ("city-level fiscal assistance funds", "P"),
    "区级财政援助资金": ("district-level fiscal assistance funds", "P"),
    "财政援助资金用于乡村振兴的比例": ("share of fiscal assistance funds spent on rural revitalization",
                                    "GWR 2022/96, P"),
    "财政援助资金完成率": ("completion rate of fiscal assistance funds", "P"),
    "社会帮扶资金": ("social assistance funds", "P"),
    "社会帮扶资金完成率": ("completion rate of social assistance funds", "P"),
    "社会各界捐款捐物折款": ("donations in cash and kind from all sectors of society", "P"),
    "捐款": ("cash donations", "P"), "捐物折款": ("donations in kind (value)", "P"),
    "结对村社投入帮扶资金": ("assistance funds invested by the paired villages and communities", "P"),
    # projects
    "实施协作项目": ("collaboration projects implemented", "P"), "协作项目": ("collaboration projects", "P"),
    "完工实施协作项目": ("collaboration projects completed", "P"), "完工率": ("completion rate", "P"),
    "协作项目完工率": ("completion rate of collaboration projects", "P"),
    "资金拨付率": ("disbursement rate of funds", "P"),
    "协作资金专项检查": ("special inspections of collaboration funds", "P"),
    "发现并整改问题": ("problems found and rectified", "P"),
    "平均审批时间": ("average approval time", "P"), "项目平均审批时间": ("average approval time of projects", "P"),
    # investment of eastern enterprises
    "落地投资项目": ("investment projects landed", "P"), "投资落地项目": ("investment projects landed", "P"),
    "引导落地投资项目": ("investment projects attracted and landed", "P"),
    "落地投资项目完成率": ("completion rate of investment projects landed", "P"),
    "实际到位投资": ("investment actually received", "P"),
    "投资亿元以上项目": ("projects with investment of CNY 100 million or more", "P"),
    "新入驻企业": ("enterprises newly settled", "P"), "入驻": ("enterprises settled", "P"),
    "累计入驻企业": ("enterprises settled in total", "P"),
    # assistance workshops
    "帮扶车间": ("assistance workshops", "P"), "新建帮扶车间": ("new assistance workshops", "P"),
    "累计帮扶车间": ("assistance workshops in total", "P"),
    "吸纳就业": ("jobs provided", "P"), "吸纳农村劳动力就业": ("rural workers employed", "P"),
    "协作产业项目带动脱贫人口": ("people no longer in poverty benefiting from collaboration industry projects",
                                "GWR 2022/424, P"),
    # labour collaboration
    "帮助农村劳动力转移就业": ("rural workers helped to find jobs away from their farms", "P"),
    "农村劳动力转移就业": ("rural workers finding jobs away from their farms", "P"),
    "到其他地区就业": ("rural workers employed in other regions", "P"),
    "就近就地就业": ("rural workers employed locally", "P"),
    "帮助脱贫人口就业": ("people no longer in poverty helped into employment", "GWR 2022/424, P"),
    "脱贫人口就业": ("people no longer in poverty in employment", "GWR 2022/424, P"),
    "帮助脱贫人口就业完成全年目标任务比例": (
        "people no longer in poverty helped into employment as a share of the year's task", "GWR 2022/424, P"),
    "订单式、定向式技能培训": ("order-based and targeted skills training sessions", "P"),
    "开展技能培训": ("skills training sessions", "P"), "技能培训": ("skills training sessions", "P"),
    "培训后就业率": ("employment rate after training", "P"),
    "维权服务": ("rights protection services for migrant workers", "P"), "追回工资": ("wages recovered", "P"),
    "人均月工资": ("average monthly wage", "P"),
    # consumer assistance
    "消费帮扶": ("consumer assistance", "P"),
    "消费帮扶销售额": ("consumer assistance sales", "P"),
    "消费帮扶完成率": ("completion rate of consumer assistance", "P"),
    "认定消费帮扶产品": ("products certified for consumer assistance", "P"),
    "帮助销售": ("farm products bought or sold for the county", "P"),
    "帮助销售占比": ("share of farm products bought or sold for the county", "P"),
    "专柜": ("sales counters", "P"), "库容": ("storage capacity", "P"),
    "农户增收": ("rural households with higher incomes", "P"),
    # cadres and professionals
    "选派专业技术人才": ("personnel with special expertise sent", "GWR 2013/125"),
    "选派专业技术人才完成率": ("completion rate of personnel with special expertise sent", "GWR 2013/125, P"),
    "东部选派专业技术人才": ("personnel with special expertise sent by the eastern partners", "GWR 2013/125, P"),
    "教师": ("teachers", "P"), "医生": ("doctors", "P"), "农业技术人员": ("agricultural technicians", "P"),
    "党政干部": ("Party and government officials trained", "P"),
    "派出支教教师": ("teachers sent to teach", "P"),
    "开展新技术新项目": ("new techniques and procedures introduced", "P"),
    "县域内就诊率": ("share of patients treated within the county", "P"),
    "开展白内障复明手术": ("cataract surgeries", "P"),
    "卫生健康系统开展义诊巡诊": ("free clinics and medical tours by the health system", "P"),
    # pairing and social assistance
    "镇（街道）": ("towns (subdistricts)", "P"), "村（社区）": ("villages (communities)", "P"),
    "乡镇结对帮扶": ("towns paired for assistance", "P"), "村结对帮扶": ("villages paired for assistance", "P"),
    "学校结对": ("schools paired", "P"), "打造乡村振兴示范村": ("model villages of rural revitalization built",
                                                           "GWR 2022/96, P"),
    "签订帮扶协议": ("assistance agreements signed", "P"), "组织志愿服务活动": ("volunteer service activities", "P"),
    "医疗设备价值": ("value of medical equipment donated", "P"), "发放助学金": ("student grants paid", "P"),
    "每名学生每年资助": ("grant per student per year", "P"),
    "每期时间": ("length of each placement", "P"),
    "增速高于全县农村居民人均可支配收入": (
        "growth above that of the county's per capita disposable income of rural residents", "P"),
}

FOREST_FIRE_EXACT: dict[str, tuple[str, str]] = {
    "国有林场": ("state forest farms", "P"),
    "经营面积": ("area managed", "P"),
    "森林火灾": ("forest fires", "YB 8-28"), "发生森林火灾": ("forest fires", "YB 8-28"),
    "受害森林面积": ("forest area damaged by fire", "YB 8-28, P"),
    "森林火灾受害率": ("forest fire damage rate", "YB 8-28, P"),
    "过火面积": ("area burned", "P"),
    "因农事用火和祭祀用火引发": ("share of fires caused by farming and ritual burning", "P"),
    "在林区主要路口设立森林防火检查站（卡）": ("forest fire checkpoints on the main roads into forests", "P"),
    "森林防火检查站（卡）": ("forest fire checkpoints", "P"),
    "组建专业森林消防队": ("professional forest firefighting teams", "P"),
    "专业森林消防队": ("professional forest firefighting teams", "P"),
    "半专业扑火队": ("semi-professional firefighting teams", "P"),
    "每个乡镇专业扑火队": ("professional firefighting teams per town", "P"),
    "队员": ("team members", "P"),
    "配备生态护林员": ("forest rangers", "P"), "生态护林员": ("forest rangers", "P"),
    "每名护林员管护面积": ("area protected per forest ranger", "P"),
    "建成森林防火瞭望塔": ("forest fire watchtowers", "P"), "建成视频监控点位": ("video surveillance points", "P"),
    "监控覆盖率": ("surveillance coverage", "P"),
    "建成生物防火林带": ("biological firebreaks built", "P"), "生物防火林带": ("biological firebreaks", "P"),
    "储备风力灭火机": ("wind-powered fire extinguishers in store", "P"),
    "县级物资储备库库存物资价值": ("value of supplies in the county's stores", "P"),
    "扑灭率": ("extinguishing rate", "P"), "火灾发生后24小时扑灭率": ("rate of fires put out within 24 hours", "P"),
    "报告时限": ("time limit for reporting", "P"), "出动时限": ("time limit for turning out", "P"),
    "宽度": ("width", "P"), "防火隔离带宽度": ("width of firebreaks", "P"),
    "每月通报": ("monthly circulars on inspections", "P"), "督查通报": ("circulars on inspections", "P"),
    "通报": ("circulars issued", "P"),  # (每月通报1次: 1 次/月, "once a month", extract/figures/rates.frequency)
    "计划新建": ("planned new construction", "P"), "灭火水泵": ("fire pumps in store", "P"),
    "二号工具": ("No. 2 firefighting tools in store", "P"),
    "设置防火宣传牌（标语）": ("fire prevention signs (slogans) put up", "P"),
    "排查整治森林火灾隐患": ("forest fire hazards identified and remedied", "P"),
    "输配电线路隐患": ("hazards of power lines", "P"), "清理林下可燃物": ("combustibles cleared from forests", "P"),
    "林区线路走廊两侧清理宽度": ("width cleared on each side of power line corridors in forests", "P"),
    "每个行政村每周广播森林防火知识": ("weekly broadcasts on forest fire prevention per administrative village", "P"),
    "森林防火知识知晓率": ("public awareness of forest fire prevention", "P"),
    "查处野外违规用火案件": ("cases of illegal outdoor fire use handled", "P"),
    "处罚违规用火人员": ("people punished for illegal fire use", "P"),
}
