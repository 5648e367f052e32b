-- Seeds :n published decisions (with their cases and disclosure records) for the portal benchmark.
-- Run by bench/portal/run.sh against the benchmark schema only; texts are 1-3 KB of seeded, realistic Chinese.
SELECT setseed(0.42);
CREATE TEMP TABLE w AS SELECT
  ARRAY['未经批准擅自占用城市道路堆放建筑材料','在非指定地点摆摊设点经营','擅自在建筑物外立面设置户外广告','未按规定分类投放生活垃圾',
        '施工工地未采取有效扬尘防治措施','擅自倾倒建筑垃圾','餐饮服务单位油烟未经净化直接排放','未取得建设工程规划许可证进行建设',
        '夜间施工产生噪声污染','未取得挖掘许可擅自挖掘城市道路','运输渣土车辆沿途撒漏','擅自砍伐城市树木'] AS v,
  ARRAY['市容环境卫生','城乡规划','生态环境','市政公用','园林绿化','建筑业','消防安全','安全生产'] AS d,
  ARRAY['《城市道路管理条例》第二十七条、第四十二条','《城市市容和环境卫生管理条例》第十四条、第三十六条',
        '《中华人民共和国大气污染防治法》第六十九条、第一百一十五条','《中华人民共和国城乡规划法》第四十条、第六十四条',
        '《城市建筑垃圾管理规定》第十五条、第二十六条','《城市绿化条例》第二十条、第二十六条'] AS b,
  ARRAY['建材有限公司','建设工程有限公司','餐饮管理有限公司','商贸有限公司','物业服务有限公司','广告传媒有限公司','渣土运输有限公司'] AS s,
  ARRAY['恒达','鑫源','华盛','金鼎','博远','宏图','瑞丰','东方','联创','信和','广厦','天成','永安','汇通','润泽','中兴'] AS brand,
  ARRAY['金华','忻州','淄博','义乌','兰溪','东阳','周村','太原'] AS city,
  ARRAY['经执法人员现场检查，','经调查询问，','根据群众举报，','经视频监控取证，','经现场勘验测量，'] AS lead,
  ARRAY['当事人对上述事实无异议。','有现场检查笔录、询问笔录、现场照片等证据为证。','当事人在规定期限内未提出陈述申辩。',
        '本机关已依法告知当事人拟作出处罚的事实、理由、依据及其享有的权利。','当事人已于次日自行整改完毕。',
        '经核查，当事人系首次违法，违法情节一般。','涉案面积经测量约为三十平方米，持续时间约十五日。'] AS tail;

CREATE TEMP TABLE ag AS SELECT id, name, uscc, row_number() OVER (ORDER BY id) - 1 AS k FROM agency ORDER BY id LIMIT 3;

CREATE TEMP TABLE g AS
SELECT n,
  (n % 3) AS k,
  1 + floor(random() * 12)::int AS vi, 1 + floor(random() * 8)::int AS di, 1 + floor(random() * 6)::int AS bi,
  1 + floor(random() * 7)::int AS si, 1 + floor(random() * 16)::int AS bri, 1 + floor(random() * 8)::int AS ci,
  1 + floor(random() * 5)::int AS li, 3 + floor(random() * 8)::int AS sentences,
  (500 + floor(random() * 200) * 500)::numeric AS fine,
  (date '2026-11-27' - floor(random() * 330)::int) AS decided
FROM generate_series(1, :n) AS n;

INSERT INTO enforcement_case (agency_id, case_number, title, procedure_kind, source, status, violation, legal_basis,
  decision_number, created_at, created_by, version)
SELECT a.id, 'BENCH-' || g.n, w.v[g.vi], 'GENERAL', 'PATROL', 'CLOSED', w.v[g.vi], w.b[g.bi],
  'BENCH综执罚决字〔' || extract(year FROM g.decided) || '〕第' || g.n || '号', now(), 'bench', 0
FROM g JOIN ag a ON a.k = g.k CROSS JOIN w;

INSERT INTO disclosure_record (case_id, agency_id, case_number, decision_number, decided_on, deadline, status, created_at,
  published_at, published_by, severity, version)
SELECT c.id, c.agency_id, c.case_number, c.decision_number, g.decided, g.decided + 9, 'PUBLISHED', now(),
  (g.decided + 3)::timestamp AT TIME ZONE 'Asia/Shanghai', 'bench', 'GENERAL', 0
FROM g JOIN enforcement_case c ON c.case_number = 'BENCH-' || g.n;

INSERT INTO published_decision (disclosure_id, agency_id, agency_name, agency_uscc, decision_number, status, party_name,
  party_category, party_uscc, legal_representative, violation_type, facts, legal_basis, penalty_types, penalty_content,
  fine_wan, domain, procedure_kind, public_text, decided_on, published_at, repair_from, expires_on, updated_at, version,
  title_checked)
SELECT r.id, r.agency_id, a.name, a.uscc, r.decision_number, 'PUBLISHED', x.party, 'ORGANISATION',
  '9133' || lpad((g.n::bigint * 7919 % 100000000)::text, 8, '0') || 'MA2' || chr(65 + g.n % 26) || chr(65 + g.n % 23) || '0',
  '王某某', w.v[g.vi], x.facts, w.b[g.bi], '罚款', '罚款人民币' || g.fine || '元', g.fine / 10000, w.d[g.di], '普通程序',
  a.name || E'\n行政处罚决定书\n' || r.decision_number || E'\n当事人：' || x.party || E'\n违法事实：' || x.facts
    || E'\n处罚依据：' || w.b[g.bi] || E'\n处罚内容：罚款人民币' || g.fine || E'元\n' || a.name,
  g.decided, r.published_at, g.decided + interval '3 months', g.decided + interval '1 year', r.published_at, 0,
  -- published by the current generator: the start-up title check has nothing to look at
  TRUE
FROM g
JOIN disclosure_record r ON r.case_number = 'BENCH-' || g.n
JOIN ag a ON a.k = g.k
CROSS JOIN w
CROSS JOIN LATERAL (SELECT w.city[g.ci] || '市' || w.brand[g.bri] || w.s[g.si] AS party,
  w.lead[g.li] || '当事人' || w.city[g.ci] || '市' || w.brand[g.bri] || w.s[g.si] || '于' || g.decided - 20 || '在'
    || w.city[g.ci] || '市区' || w.v[g.vi] || '。' || (SELECT string_agg(w.tail[1 + (g.n * 31 + i * 17) % 7], '') FROM generate_series(1, g.sentences * 2) i)
  AS facts) x;
ANALYZE;
SELECT count(*) AS published_decisions FROM published_decision;
