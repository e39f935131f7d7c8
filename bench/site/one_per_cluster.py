# One-per-cluster listing on SQLite (issue 15): the window-function ranking vs the "no better member exists" form the
# store uses, on the real migrations with synthetic publications (10 % join an earlier cluster). Run from the project root:
#   python3 bench/site/one_per_cluster.py 100000
import sqlite3, glob, time, random, sys
n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
db = sqlite3.connect(":memory:")
for f in sorted(glob.glob("src/Newsdesk.Storage.Sqlite/Migrations/*.sql")):
    db.executescript(open(f).read())
db.execute("INSERT INTO sources (id, url, licence, created_at) VALUES (1, 'https://a.example/', 'full', 0), (2, 'https://b.example/', 'excerpt', 0)")
random.seed(1)
rows = []
for i in range(1, n + 1):
    cluster = i if random.random() > 0.1 else max(1, i - random.randint(1, 20))
    rows.append((i, i, 'es', None, 1 + (i % 2), cluster, 'T%d' % i, None, None, 's', i * 1000, i * 1000, i * 1000, 0, ''))
db.execute("PRAGMA foreign_keys=OFF")  # publications only; the articles they point at are not needed to time the listing
db.executemany("INSERT INTO publications (id, article_id, lang, translation_id, source_id, cluster_id, title, lead, section, slug, published_at, first_published_at, updated_at, noindex, search_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
cols = "p.id, p.article_id, p.lang, p.translation_id, p.source_id, p.cluster_id, p.title, p.lead, p.section, p.slug, p.published_at, p.first_published_at, p.updated_at, p.noindex"
q_cols = cols.replace("p.", "q.")
plain = f"SELECT {cols} FROM publications p WHERE p.lang = 'es' ORDER BY p.published_at DESC, p.id DESC LIMIT 30"
ranked = f"""SELECT {cols} FROM (SELECT {q_cols}, ROW_NUMBER() OVER (PARTITION BY q.lang, q.cluster_id ORDER BY CASE s.licence WHEN 'full' THEN 0 WHEN 'link' THEN 2 ELSE 1 END, q.published_at, q.article_id) AS cluster_rank
 FROM publications q LEFT JOIN sources s ON s.id = q.source_id WHERE q.lang = 'es') p WHERE p.cluster_rank = 1 ORDER BY p.published_at DESC, p.id DESC LIMIT 30"""
for name, sql in (("plain", plain), ("window (ROW_NUMBER)", ranked)):
    times = []
    for _ in range(7):
        t = time.perf_counter(); db.execute(sql).fetchall(); times.append(time.perf_counter() - t)
    times.sort()
    print(f"{name}: median {times[3]*1000:.1f} ms over 7 runs, {n} publications")
rank = lambda a: f"CASE {a}.licence WHEN 'full' THEN 0 WHEN 'link' THEN 2 ELSE 1 END"
notexists = f"""SELECT {cols} FROM publications p LEFT JOIN sources ps ON ps.id = p.source_id WHERE p.lang = 'es' AND NOT EXISTS (
  SELECT 1 FROM publications o LEFT JOIN sources os ON os.id = o.source_id
  WHERE o.lang = p.lang AND o.cluster_id = p.cluster_id AND o.id <> p.id
    AND ({rank('os')} < {rank('ps')} OR ({rank('os')} = {rank('ps')} AND (o.published_at < p.published_at OR (o.published_at = p.published_at AND o.article_id < p.article_id)))))
 ORDER BY p.published_at DESC, p.id DESC LIMIT 30"""
a = db.execute(ranked).fetchall(); b = db.execute(notexists).fetchall()
print("same rows:", a == b)
for name, sql in (("not-exists", notexists), ("not-exists offset 3000", notexists.replace("LIMIT 30", "LIMIT 30 OFFSET 3000"))):
    times = []
    for _ in range(7):
        t = time.perf_counter(); db.execute(sql).fetchall(); times.append(time.perf_counter() - t)
    times.sort()
    print(f"{name}: median {times[3]*1000:.2f} ms over 7 runs, {n} publications")
