#!/usr/bin/env python3
"""Drives one benchmark run against a started Doudi server; see benchmarks/run.sh and benchmarks/README.md.

Standard library only. Times are wall-clock seconds measured here, from the first byte sent to the job's
final state, next to the server's own job times (startedAt -> finishedAt).
"""
import argparse, base64, csv, datetime, glob, json, os, re, subprocess, sys, tempfile, threading, time
import urllib.request, urllib.error

FEED_PERIOD = "2024-10"


class Api:
    def __init__(self, base, password):
        self.base = base.rstrip("/")
        self.auth = "Basic " + base64.b64encode(("admin:" + password).encode()).decode()

    def call(self, method, path, body=None, ctype="application/json", length=None):
        req = urllib.request.Request(self.base + path, data=body, method=method)
        req.add_header("Authorization", self.auth)
        req.add_header("Accept", "application/json")
        if body is not None:
            req.add_header("Content-Type", ctype)
            if length is not None:
                req.add_header("Content-Length", str(length))
        try:
            with urllib.request.urlopen(req, timeout=3600) as r:
                return r.status, json.loads(r.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode(errors="replace")

    def upload(self, path, file):
        size = os.path.getsize(file)
        with open(file, "rb") as f:
            status, body = self.call("POST", path, f, "text/csv", size)
        if status != 202:
            sys.exit("POST %s answered %s: %s" % (path, status, body))
        return body["jobId"]

    def post_json(self, path, obj, expect=202):
        status, body = self.call("POST", path, json.dumps(obj).encode())
        if status != expect:
            sys.exit("POST %s answered %s: %s" % (path, status, body))
        return body

    def wait_job(self, job_id):
        while True:
            status, job = self.call("GET", "/jobs/" + job_id)
            if status != 200:
                sys.exit("GET /jobs/%s answered %s: %s" % (job_id, status, job))
            if job["state"] in ("SUCCEEDED", "FAILED", "CANCELLED"):
                if job["state"] != "SUCCEEDED":
                    sys.exit("job %s ended %s: %s" % (job_id, job["state"], job.get("message")))
                return job
            time.sleep(0.25)


def server_seconds(job):
    def ts(s):
        return datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
    return (ts(job["finishedAt"]) - ts(job["startedAt"])).total_seconds()


class HeapSampler(threading.Thread):
    """Samples the server JVM's used heap once a second with jcmd (GC.heap_info)."""

    def __init__(self, server_dir):
        super().__init__(daemon=True)
        self.pid = None
        out = subprocess.run(["pgrep", "-f", "karaf.base=" + os.path.realpath(server_dir)], capture_output=True,
                             text=True).stdout.split()
        self.pid = out[0] if out else None
        self.peak_kb = 0
        self.stop = False

    def run(self):
        while not self.stop and self.pid:
            out = subprocess.run(["jcmd", self.pid, "GC.heap_info"], capture_output=True, text=True).stdout
            m = re.search(r"total (\d+)K, used (\d+)K", out)
            if m:
                self.peak_kb = max(self.peak_kb, int(m.group(2)))
            time.sleep(1)


def wait_health(api):
    for _ in range(240):
        try:
            with urllib.request.urlopen(api.base + "/health", timeout=5) as r:
                if json.loads(r.read()).get("status") == "UP":
                    return
        except Exception:
            pass
        time.sleep(0.5)
    sys.exit("the server did not report UP")


def wrk(url, auth, script=None, seconds=20):
    cmd = ["wrk", "-t2", "-c32", "-d%ds" % seconds, "--latency", "-H", "Authorization: " + auth]
    if script:
        cmd += ["-s", script]
    out = subprocess.run(cmd + [url], capture_output=True, text=True).stdout
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p99 = re.search(r"99%\s+([\d.]+\w+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return (float(rps.group(1)) if rps else None, p99.group(1) if p99 else None,
            int(errors.group(1)) if errors else 0)


def postgres_reference(registry_csv, feeds_dir, threshold):
    """Loads the registry's persons into PostgreSQL (not timed), then times COPY of the feeds plus one SQL join
    writing the warnings. Returns (seconds, warnings)."""
    db = "doudi_bench"
    psql = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-q"]
    subprocess.run(psql + ["-d", "postgres", "-c", "DROP DATABASE IF EXISTS " + db], check=True)
    subprocess.run(psql + ["-d", "postgres", "-c", "CREATE DATABASE " + db], check=True)
    run = lambda sql: subprocess.run(psql + ["-d", db, "-c", sql], check=True)
    persons = tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="")
    with open(registry_csv, newline="", encoding="utf-8") as f, persons:
        reader = csv.DictReader(f)
        w = csv.writer(persons)
        enrolled = False
        last_ref = None
        for row in reader:
            ref = row["householdRef"]
            if ref != last_ref:
                enrolled = bool(row.get("enrolledProgram"))
                last_ref = ref
            if row.get("idNumber"):
                w.writerow([row["idNumber"], ref, row["street"], "t" if enrolled else "f"])
    run("CREATE TABLE registry_person (id_number VARCHAR(18) PRIMARY KEY, household_ref VARCHAR(64) NOT NULL,"
        " street VARCHAR(32) NOT NULL, enrolled BOOLEAN NOT NULL)")
    run("\\copy registry_person FROM '%s' CSV" % persons.name)
    run("CREATE TABLE feed_record (feed_type VARCHAR(32), line_no BIGINT, id_number VARCHAR(18), fact_date DATE,"
        " fact_key VARCHAR(100), amount NUMERIC(14,2), PRIMARY KEY (feed_type, line_no))")
    run("CREATE TABLE warning (fact_hash VARCHAR(64) PRIMARY KEY, feed_type VARCHAR(32), id_number VARCHAR(18),"
        " household_ref VARCHAR(64), street VARCHAR(32), severity VARCHAR(8), fact_date DATE, fact_key VARCHAR(100),"
        " amount NUMERIC(14,2))")
    run("ANALYZE registry_person")
    started = time.time()
    for file in sorted(glob.glob(os.path.join(feeds_dir, "*.csv"))):
        ftype = os.path.basename(file)[:-4]
        with open(file, encoding="utf-8") as f:
            header = next(csv.reader(f))
        cols = ", ".join('"%s" TEXT' % c for c in header)
        key = {"employment": "employer", "criminal-sentence": "caseNumber",
               "real-estate": "propertyId", "vehicle": "plate", "business-registration": "registrationNumber",
               "disability-certification": "grade", "school-enrolment": "school"}.get(ftype)
        amount = {"employment": "monthlyWage", "pension": "monthlyAmount", "real-estate": "value",
                  "vehicle": "value", "business-registration": "capital", "medical-expense": "amount"}.get(ftype)
        key_sql = '"%s"' % key if key in header else "NULL"
        amount_sql = 'NULLIF("%s", \'\')::NUMERIC' % amount if amount in header else "NULL"
        stage = "stage_" + ftype.replace("-", "_")
        run("CREATE UNLOGGED TABLE %s (%s)" % (stage, cols))
        run("\\copy %s FROM '%s' CSV HEADER" % (stage, file))
        run("INSERT INTO feed_record SELECT '%s', ROW_NUMBER() OVER (), \"idNumber\", \"date\"::DATE, %s, %s FROM %s"
            % (ftype, key_sql, amount_sql, stage))
    run("INSERT INTO warning SELECT encode(sha256(convert_to(f.id_number || '|' || f.feed_type || '|' || f.fact_date"
        " || '|' || COALESCE(upper(f.fact_key), f.amount::TEXT, ''), 'UTF8')), 'hex'), f.feed_type, f.id_number, p.household_ref, p.street,"
        " CASE WHEN p.enrolled THEN 'HIGH' ELSE 'MEDIUM' END, f.fact_date, f.fact_key, f.amount"
        " FROM feed_record f JOIN registry_person p ON p.id_number = f.id_number"
        " WHERE f.feed_type <> 'medical-expense' OR f.amount >= %s ON CONFLICT DO NOTHING" % threshold)
    seconds = time.time() - started
    out = subprocess.run(psql + ["-d", db, "-At", "-c", "SELECT COUNT(*) FROM warning"], capture_output=True,
                         text=True, check=True).stdout.strip()
    os.unlink(persons.name)
    return seconds, int(out)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--registry", required=True)
    p.add_argument("--feeds", required=True)
    p.add_argument("--persons", type=int, required=True)
    p.add_argument("--records", type=int, required=True)
    p.add_argument("--server-dir", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--medical-threshold", default="10000")
    a = p.parse_args()
    api = Api(a.base, a.password)
    wait_health(api)
    heap = HeapSampler(a.server_dir)
    heap.start()
    lines = []
    say = lambda s: (print(s, flush=True), lines.append(s))
    cores = os.cpu_count()
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    say("# Doudi monitoring benchmark, %s" % datetime.datetime.now().strftime("%Y-%m-%d %H:%M"))
    say("")
    say("Machine: %d cores (%s), server heap capped at 2 GiB (DOUDI_HEAP=2g), embedded Derby." % (cores, cpu))
    say("Input: %d persons in the registry CSV, %d feed records in %d files." % (
        a.persons, a.records, len(glob.glob(os.path.join(a.feeds, "*.csv")))))
    say("")
    say("| step | figure | server job time | target |")
    say("|---|---|---|---|")

    t0 = time.time()
    job = api.wait_job(api.upload("/imports/households?fileName=registry.csv", a.registry))
    t = time.time() - t0
    persons = job["counts"].get("persons", 0)
    say("| bulk import | %d persons (%d households) in %.1f s = **%.0f persons/s** | %.1f s | >= 20,000 persons/s |"
        % (persons, job["counts"].get("households", 0), t, persons / t, server_seconds(job)))

    t0 = time.time()
    loads = [api.upload("/monitoring/feeds/%s?period=%s&fileName=%s" % (os.path.basename(f)[:-4], FEED_PERIOD,
                                                                     os.path.basename(f)), f)
             for f in sorted(glob.glob(os.path.join(a.feeds, "*.csv")))]
    loaded = sum(api.wait_job(j)["counts"].get("loaded", 0) for j in loads)
    t_load = time.time() - t0
    run = api.wait_job(api.post_json("/monitoring/runs", {"month": FEED_PERIOD})["jobId"])
    t = time.time() - t0
    _, warnings = api.call("GET", "/warnings?size=1")
    say("| feeds loaded + cross-compared | %d records, %d warnings in **%.1f s** (load %.1f s, compare %.1f s) | "
        "run %.1f s | <= 60 s |" % (loaded, warnings["total"], t, t_load, t - t_load, server_seconds(run)))
    ours = t

    t0 = time.time()
    scr = api.wait_job(api.post_json("/screenings", {"programId": "dibao", "reason": "benchmark"})["jobId"])
    t = time.time() - t0
    say("| big screening for dibao | %d households, %d candidates in **%.1f s** | %.1f s | <= 60 s |" % (
        scr["counts"].get("households", 0), scr["counts"].get("candidates", 0), t, server_seconds(scr)))
    heap.stop = True
    say("| server heap | peak used %.0f MiB (sampled each second) | | <= 2 GiB |" % (heap.peak_kb / 1024))

    try:
        pg, pg_warnings = postgres_reference(a.registry, a.feeds, a.medical_threshold)
        say("| PostgreSQL reference | COPY + one SQL join: %d warnings in %.1f s | | |" % (pg_warnings, pg))
        say("| ratio | ours / PostgreSQL = **%.2f** | | goal <= 2, then <= 1 |" % (ours / pg))
    except Exception as e:  # the reference is reported, it does not gate
        say("| PostgreSQL reference | not measured: %s | | |" % e)

    if subprocess.run(["which", "wrk"], capture_output=True).returncode == 0:
        ids = []
        for page in range(3):
            _, body = api.call("GET", "/households?size=100&page=%d" % page)
            ids += [h["id"] for h in body["items"]]
        script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
        with script:
            script.write("ids = {%s}\nrequest = function()\n  return wrk.format(nil, '/api/households/' .. "
                         "ids[math.random(#ids)])\nend\n" % ",".join('"%s"' % i for i in ids))
        root = a.base[: -len("/api")]
        rps, p99, bad = wrk(root + "/api/households/x", api.auth, script.name)
        say("| GET /api/households/{id}, 32 connections | **%.0f req/s**, p99 %s, non-2xx %d | | |" % (rps or 0, p99, bad))
        rps, p99, bad = wrk(a.base + "/health", api.auth)
        say("| GET /api/health (ceiling), 32 connections | %.0f req/s, p99 %s, non-2xx %d | | |" % (rps or 0, p99, bad))
        os.unlink(script.name)
    else:
        say("| HTTP under load | wrk not installed: skipped | | |")

    os.makedirs(a.out, exist_ok=True)
    name = os.path.join(a.out, "monitoring-%s.md" % datetime.datetime.now().strftime("%Y%m%d-%H%M"))
    with open(name, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("written to " + name)


if __name__ == "__main__":
    main()
