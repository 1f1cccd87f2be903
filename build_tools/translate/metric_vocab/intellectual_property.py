"""Intellectual property: a city's white paper on the development of intellectual property (知识产权发展状况白皮书,
issue 12, held-out set 71): patents, trademarks, geographical indications and copyright created, their commercial
use, their protection by the administration, the courts and the procuratorates, and the services.

Official wording where the reference has it: 有效发明专利 "in-force invention patents" (GWR 2018/123); a patent
"approved" and a trademark "registered" (GWR 2019/354); 知识产权质押融资 "intellectual property pledge financing" (GWR
2019/416); 地理标志 "geographical indications" (GWR 2019/466); 知识产权保护 "intellectual property protection" (GWR
2022/89); 版权 "copyright" (YB 23-8); the three kinds of patents "applications and granted" (YB 20-17 table titles,
as society.py's 发明专利申请量). The reports name neither the demonstration and advantage enterprises, the Madrid
system, patent navigation, open licensing, pre-examination nor the rights protection assistance hotline: project
renderings (P), after the national administration's (CNIPA) own English where it has one."""

from __future__ import annotations

IP_EXACT: dict[str, tuple[str, str]] = {
    # patents created
    "企业发明专利授权量": ("invention patents granted to enterprises", "YB 20-17, P"),
    "企业发明专利授权量占全市发明专利授权量": ("share of enterprises in invention patents granted", "YB 20-17, P"),
    "提交国际专利申请": ("international patent applications filed", "P"),
    "国际专利申请": ("international patent applications", "P"),
    "发明专利授权": ("invention patents granted", "YB 20-17"),
    "获得发明专利授权": ("invention patents granted", "YB 20-17"),
    "全年获得发明专利授权": ("invention patents granted", "YB 20-17"),
    "企业获得发明专利授权": ("invention patents granted to enterprises", "YB 20-17, P"),
    "企业全年获得发明专利授权": ("invention patents granted to enterprises", "YB 20-17, P"),
    "规模以上工业企业有效发明专利拥有量": (
        "in-force invention patents of industrial enterprises above designated size", "GWR 2018/123, YB 20-17"),
    # trademarks, geographical indications, copyright and other rights
    "有效注册商标量": ("valid registered trademarks", "GWR 2019/354, P"),
    "有效注册商标": ("valid registered trademarks", "GWR 2019/354, P"),
    "注册商标": ("registered trademarks", "GWR 2019/354"),
    "马德里商标国际注册有效量": ("valid international trademark registrations under the Madrid system", "P"),
    "地理标志证明商标": ("geographical indication certification marks", "GWR 2019/466, P"),
    "新增地理标志证明商标": ("new geographical indication certification marks", "GWR 2019/466, P"),
    "地理标志保护产品": ("products protected by geographical indications", "GWR 2019/466, P"),
    "拥有地理标志保护产品": ("products protected by geographical indications", "GWR 2019/466, P"),
    "地理标志产品年产值": ("annual output value of geographical indication products", "GWR 2019/466, P"),
    "建成省级地理标志产品保护示范区": (
        "provincial demonstration zones for the protection of geographical indication products built",
        "GWR 2019/466, P"),
    "作品登记": ("copyright registrations of works", "YB 23-8, P"),
    "完成作品登记": ("copyright registrations of works", "YB 23-8, P"),
    "计算机软件著作权登记": ("computer software copyright registrations", "YB 23-8, P"),
    "国家级版权示范单位": ("national copyright demonstration units", "YB 23-8, P"),
    "省级版权示范单位（园区）": ("provincial copyright demonstration units and parks", "YB 23-8, P"),
    "版权产业增加值": ("value added of the copyright industries", "YB 23-8, P"),
    "新增集成电路布图设计登记": ("new registrations of integrated circuit layout designs", "P"),
    "集成电路布图设计登记": ("registrations of integrated circuit layout designs", "P"),
    "获得植物新品种权授权": ("plant variety rights granted", "P"),
    "植物新品种权授权": ("plant variety rights granted", "P"),
    # management and commercial use
    "知识产权专项资金": ("special funds for intellectual property", "P"),
    "市财政安排知识产权专项资金": ("special funds for intellectual property allocated by the city", "P"),
    "实施专利导航项目": ("patent navigation projects carried out", "P"),
    "完成专利分析评议报告": ("patent analysis and assessment reports completed", "P"),
    "建成知识产权公共服务网点": ("intellectual property public service outlets", "P"),
    "知识产权公共服务网点": ("intellectual property public service outlets", "P"),
    "知识产权质押融资登记金额": ("intellectual property pledge financing registered", "GWR 2019/416"),
    "知识产权质押融资金额": ("intellectual property pledge financing", "GWR 2019/416"),
    "专利转让许可": ("patent transfers and licences", "P"),
    "专利转让许可合同金额": ("value of patent transfer and licence contracts", "P"),
    "高校和科研院所专利转让许可合同金额": (
        "value of patent transfer and licence contracts of universities and research institutes", "P"),
    "现场签约知识产权交易项目": ("intellectual property trade projects signed on site", "P"),
    "专利密集型产业增加值占地区生产总值的比重": ("share of patent-intensive industries' value added in GDP", "P"),
    "发布开放许可专利": ("patents offered for open licensing", "P"),
    "高校、科研院所和国有企业发布开放许可专利": (
        "patents offered for open licensing by universities, research institutes and state-owned enterprises", "P"),
    "达成许可交易": ("licensing deals concluded", "P"),
    "省级知识产权运营中心": ("provincial intellectual property operation centres", "P"),
    "建成省级知识产权运营中心": ("provincial intellectual property operation centres", "P"),
    "开展专利技术供需对接活动": ("patent technology matchmaking events held", "P"),
    "促成专利技术转化项目": ("patent technology commercialization projects brokered", "P"),
    # protection
    "知识产权违法案件": ("intellectual property violation cases investigated", "GWR 2022/89, P"),
    "查处知识产权违法案件": ("intellectual property violation cases investigated", "GWR 2022/89, P"),
    "移送司法机关案件": ("cases transferred to judicial authorities", "P"),
    "办理专利侵权纠纷行政裁决案件": ("administrative rulings on patent infringement disputes", "P"),
    "专利侵权纠纷行政裁决案件": ("administrative rulings on patent infringement disputes", "P"),
    "专利侵权纠纷行政裁决案件平均办案周期": (
        "average handling time of administrative rulings on patent infringement disputes", "P"),
    "平均办案周期": ("average case handling time", "P"),
    "受理专利预审案件": ("patent pre-examination cases accepted", "P"),
    "预审合格的发明专利平均授权周期": ("average time to grant of pre-examined invention patents", "P"),
    "知识产权维权援助热线接听咨询": ("calls to the intellectual property rights protection assistance hotline", "P"),
    "12330知识产权维权援助热线全年接听咨询": (
        "calls to the 12330 intellectual property rights protection assistance hotline", "P"),
    "建成知识产权维权援助工作站": ("intellectual property rights protection assistance workstations", "P"),
    "知识产权维权援助工作站": ("intellectual property rights protection assistance workstations", "P"),
    "知识产权保护社会满意度": ("public satisfaction with intellectual property protection", "GWR 2022/89, P"),
    "新收知识产权民事一审案件": ("new first-instance civil intellectual property cases", "P"),
    "知识产权民事一审案件审结": ("first-instance civil intellectual property cases concluded", "P"),
    "结收案比": ("ratio of cases concluded to cases filed", "P"),
    "检察机关起诉侵犯知识产权犯罪案件": (
        "cases of intellectual property crimes prosecuted by the procuratorates", "GWR 2022/89, P"),
    "查扣进出口侵权货物": ("infringing imports and exports seized", "P"),
    # services
    "知识产权服务机构": ("intellectual property service agencies", "P"),
    "执业专利代理师": ("practising patent attorneys", "P"),
    "国家知识产权示范企业": ("national intellectual property demonstration enterprises", "P"),
    "国家知识产权优势企业": ("national intellectual property advantage enterprises", "P"),
    "新增国家知识产权优势企业": ("new national intellectual property advantage enterprises", "P"),
    "举办知识产权培训班": ("intellectual property training courses held", "P"),
    "培训企业管理和技术人员": ("enterprise managers and technicians trained", "P"),
    "知识产权专业技术人员": ("intellectual property professionals", "P"),
    "取得知识产权师职称": ("certified intellectual property engineers", "P"),
}
