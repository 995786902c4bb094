import { describe, expect, it } from 'vitest';
import { probeSkill, threatFindings as threats } from './helpers.ts';

/**
 * Precision over data pipelines, cleanup and system administration as a careful team writes them: ETL jobs,
 * dbt and Airflow, Spark and pandas, uploads to the user's own buckets and warehouses, API pulls with tokens
 * from the environment, caches and build outputs removed, logs rotated, services and backup timers, users,
 * permissions, firewall rules and monitoring agents.
 */
interface Probe {
  what: string;
  /** The skill's description, which states the purpose its code must stay within. */
  description: string;
  /** A fenced block's language, or `prose` for a body of markdown. */
  language: string;
  body: string[];
  /** Whole findings expected (`threat/exfiltration 10:1 error`); for a careful file, only warnings a reviewer should still see (a cron entry, a sudoers rule, a task run as SYSTEM). */
  expected?: string[];
  /** Why the analysis does not read this probe yet, when it does not. */
  notYet?: string;
}

/** The skill of a probe: its code is line 8 on. */
function skillOf(probe: Probe): string {
  return probeSkill({ ...probe, body: probe.body.join('\n') });
}

const careful: Probe[] = [
  // Data pipelines
  { what: 'python etl pulls orders with an api token and loads them into postgres', description: 'Loads yesterday\'s orders from the shop API into the analytics database. Use when the nightly load failed.', language: 'python',
    body: ['import os, datetime, requests, psycopg2', 'token = os.environ["SHOP_API_TOKEN"]', 'day = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()', 'resp = requests.get("https://api.shopcloud.com/v2/orders", params={"date": day}, headers={"Authorization": f"Bearer {token}"}, timeout=60)', 'resp.raise_for_status()', 'conn = psycopg2.connect(os.environ["WAREHOUSE_DSN"])', 'with conn, conn.cursor() as cur:', '    for o in resp.json()["orders"]:', '        cur.execute("INSERT INTO raw.orders (id, total, placed_at) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING", (o["id"], o["total"], o["placed_at"]))'] },
  { what: 'bash uploads the nightly export to the team bucket', description: 'Exports the events table to parquet and uploads it to the team S3 bucket. Use for the weekly data share.', language: 'bash',
    body: ['set -euo pipefail', 'DAY=$(date -u +%F)', 'psql "$WAREHOUSE_URL" -c "\\copy (SELECT * FROM events WHERE day = \'$DAY\') TO \'/tmp/events.csv\' CSV HEADER"', 'python -c "import pandas as pd; pd.read_csv(\'/tmp/events.csv\').to_parquet(\'/tmp/events.parquet\')"', 'aws s3 cp /tmp/events.parquet "s3://${DATA_BUCKET}/events/day=${DAY}/events.parquet"', 'rm -f /tmp/events.csv /tmp/events.parquet'] },
  { what: 'python airflow dag extracts from an api and loads into bigquery', description: 'Defines the Airflow DAG for the daily weather load. Use when editing the weather pipeline.', language: 'python',
    body: ['from datetime import datetime', 'from airflow import DAG', 'from airflow.operators.python import PythonOperator', 'from airflow.providers.google.cloud.transfers.gcs_to_bigquery import GCSToBigQueryOperator', 'import os, json, requests', 'from google.cloud import storage', '', 'def extract(ds, **_):', '    r = requests.get("https://api.openweathermap.org/data/2.5/forecast", params={"q": "Berlin", "appid": os.environ["OWM_API_KEY"]}, timeout=30)', '    storage.Client().bucket("acme-raw").blob(f"weather/{ds}.json").upload_from_string(json.dumps(r.json()))', '', 'with DAG("weather_daily", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False) as dag:', '    pull = PythonOperator(task_id="extract", python_callable=extract)', '    load = GCSToBigQueryOperator(task_id="load", bucket="acme-raw", source_objects=["weather/{{ ds }}.json"], destination_project_dataset_table="analytics.weather", source_format="NEWLINE_DELIMITED_JSON", write_disposition="WRITE_APPEND")', '    pull >> load'] },
  { what: 'yaml dbt profile reads the password from the environment', description: 'Configures dbt for the Snowflake warehouse. Use when setting up dbt locally.', language: 'yaml',
    body: ['analytics:', '  target: dev', '  outputs:', '    dev:', '      type: snowflake', '      account: "{{ env_var(\'SNOWFLAKE_ACCOUNT\') }}"', '      user: "{{ env_var(\'SNOWFLAKE_USER\') }}"', '      password: "{{ env_var(\'SNOWFLAKE_PASSWORD\') }}"', '      role: TRANSFORMER', '      warehouse: TRANSFORMING', '      database: ANALYTICS', '      schema: dbt_dev', '      threads: 4'] },
  { what: 'bash runs dbt models and uploads the docs site to the bucket', description: 'Builds the dbt models and publishes the docs to our bucket. Use after merging model changes.', language: 'bash',
    body: ['dbt deps', 'dbt build --target prod --fail-fast', 'dbt docs generate --target prod', 'gsutil -m rsync -r -d target/ "gs://${DOCS_BUCKET}/dbt-docs/"'] },
  { what: 'python spark job reads from s3 and writes partitioned parquet', description: 'Aggregates click events per day with Spark. Use when rebuilding the daily clicks table.', language: 'python',
    body: ['from pyspark.sql import SparkSession, functions as F', 'spark = SparkSession.builder.appName("daily-clicks").getOrCreate()', 'clicks = spark.read.json("s3a://acme-events/clicks/2024/*/*.json.gz")', 'daily = clicks.groupBy(F.to_date("ts").alias("day"), "page").agg(F.count("*").alias("views"))', 'daily.write.mode("overwrite").partitionBy("day").parquet("s3a://acme-warehouse/daily_clicks/")', 'spark.stop()'] },
  { what: 'python pandas notebook cleans a csv and writes to the warehouse', description: 'Cleans the survey export and loads it into the warehouse. Use when a new survey export arrives.', language: 'python',
    body: ['import os', 'import pandas as pd', 'from sqlalchemy import create_engine', 'df = pd.read_csv("exports/survey.csv")', 'df = df.dropna(subset=["respondent_id"]).drop_duplicates("respondent_id")', 'df["submitted_at"] = pd.to_datetime(df["submitted_at"], utc=True)', 'engine = create_engine(os.environ["WAREHOUSE_URL"])', 'df.to_sql("survey_responses", engine, schema="staging", if_exists="replace", index=False)', 'print(len(df), "rows loaded")'] },
  { what: 'javascript node script pulls github issues with a token and writes json lines', description: 'Exports the repository\'s issues for the quarterly report. Use when preparing the report.', language: 'javascript',
    body: ['import { writeFile } from "node:fs/promises";', 'const token = process.env.GITHUB_TOKEN;', 'const rows = [];', 'for (let page = 1; page <= 10; page++) {', '  const res = await fetch(`https://api.github.com/repos/${process.env.REPO}/issues?state=all&per_page=100&page=${page}`, { headers: { Authorization: `Bearer ${token}`, Accept: "application/vnd.github+json" } });', '  const batch = await res.json();', '  if (!batch.length) break;', '  rows.push(...batch.map((i) => JSON.stringify({ number: i.number, title: i.title, state: i.state })));', '}', 'await writeFile("data/issues.jsonl", rows.join("\\n"));'] },
  { what: 'powershell copies the sales extract to azure blob storage', description: 'Uploads the daily sales extract to the company storage account. Use after the extract job.', language: 'powershell',
    body: ['$ErrorActionPreference = "Stop"', '$day = Get-Date -Format "yyyy-MM-dd"', 'Invoke-Sqlcmd -ServerInstance $env:SQL_SERVER -Database Sales -Query "SELECT * FROM dbo.DailySales WHERE Day = \'$day\'" | Export-Csv -Path "C:\\extracts\\sales-$day.csv" -NoTypeInformation', 'azcopy copy "C:\\extracts\\sales-$day.csv" "https://$($env:STORAGE_ACCOUNT).blob.core.windows.net/extracts/sales-$day.csv?$($env:EXTRACTS_SAS)"'] },
  { what: 'yaml github workflow runs the nightly etl with warehouse secrets', description: 'Runs the ETL every night in GitHub Actions. Use when scheduling the ETL.', language: 'yaml',
    body: ['on:', '  schedule:', '    - cron: "0 3 * * *"', 'jobs:', '  etl:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - uses: actions/setup-python@v5', '        with:', '          python-version: "3.12"', '      - run: pip install -r requirements.txt', '      - run: python etl/run.py --since yesterday', '        env:', '          WAREHOUSE_URL: ${{ secrets.WAREHOUSE_URL }}', '          STRIPE_API_KEY: ${{ secrets.STRIPE_API_KEY }}'] },
  { what: 'prose in german describes the load with an indented command', description: 'Lädt die Tagesdaten in das Data Warehouse. Verwenden, wenn der nächtliche Import fehlt.', language: 'prose',
    body: ['Lade die Rohdaten des Vortags aus dem Bucket des Teams und schreibe sie in die Staging-Tabelle:', '', '    gsutil cp "gs://$RAW_BUCKET/exports/$(date -d yesterday +%F)/*.csv" ./raw/', '    bq load --autodetect --source_format=CSV staging.tagesdaten ./raw/*.csv', '', 'Danach die lokalen Dateien löschen: `rm -rf ./raw`.'] },
  // Cleanup
  { what: 'bash frees disk space from build outputs and caches', description: 'Frees disk space in the project. Use when the disk is full.', language: 'bash',
    body: ['rm -rf node_modules/.cache dist build .next coverage', 'find . -name "__pycache__" -type d -prune -exec rm -rf {} +', 'find . -name "*.pyc" -delete', 'npm cache clean --force', 'pip cache purge', 'du -sh .'] },
  { what: 'bash prunes docker images volumes and builder cache', description: 'Reclaims space used by Docker. Use when the Docker disk fills up.', language: 'bash',
    body: ['docker system df', 'docker container prune -f', 'docker image prune -a -f --filter "until=168h"', 'docker builder prune -f', 'docker volume prune -f', 'docker system df'] },
  { what: 'bash deletes logs older than two weeks', description: 'Deletes old application logs. Use when the log directory grows too large.', language: 'bash',
    body: ['LOG_DIR=/var/log/myapp', 'find "$LOG_DIR" -type f -name "*.log.*" -mtime +14 -print -delete', 'find "$LOG_DIR" -type f -name "*.log" -size +500M -exec truncate -s 0 {} \\;', 'journalctl --vacuum-time=14d'] },
  { what: 'python removes temp files older than a day', description: 'Cleans the upload temp directory. Use when temporary uploads pile up.', language: 'python',
    body: ['import os, time, shutil', 'from pathlib import Path', 'tmp = Path(os.environ.get("UPLOAD_TMP", "/tmp/uploads"))', 'cutoff = time.time() - 24 * 3600', 'for entry in tmp.iterdir():', '    if entry.stat().st_mtime < cutoff:', '        shutil.rmtree(entry) if entry.is_dir() else entry.unlink()', '        print("removed", entry)'] },
  { what: 'makefile clean targets remove outputs', description: 'Cleans the build tree. Use before a fresh build.', language: 'makefile',
    body: ['.PHONY: clean distclean', 'clean:', '\trm -rf build/ dist/ *.egg-info .pytest_cache .mypy_cache', '\tfind . -name "*.o" -delete', '', 'distclean: clean', '\trm -rf .venv node_modules', '\tgit clean -fdX'] },
  { what: 'json package scripts clean before building', description: 'Builds the library from a clean tree. Use when publishing a build.', language: 'json',
    body: ['{', '  "scripts": {', '    "clean": "rimraf dist coverage .turbo",', '    "prebuild": "npm run clean",', '    "build": "tsc -p tsconfig.build.json",', '    "clean:all": "npm run clean && rimraf node_modules"', '  }', '}'] },
  { what: 'powershell clears the user temp folder and the windows update cache', description: 'Frees space on a Windows workstation. Use when drive C is almost full.', language: 'powershell',
    body: ['Get-ChildItem -Path $env:TEMP -Recurse -Force -ErrorAction SilentlyContinue | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-7) } | Remove-Item -Recurse -Force -ErrorAction SilentlyContinue', 'Stop-Service wuauserv', 'Remove-Item -Path "C:\\Windows\\SoftwareDistribution\\Download\\*" -Recurse -Force', 'Start-Service wuauserv', 'Clear-RecycleBin -Force'] },
  { what: 'dockerfile cleans apt lists and pip caches in the same layer', description: 'Builds a small Python image. Use when packaging the job runner.', language: 'dockerfile',
    body: ['FROM python:3.12-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev \\', '    && pip install --no-cache-dir -r /tmp/requirements.txt \\', '    && apt-get purge -y build-essential && apt-get autoremove -y \\', '    && rm -rf /var/lib/apt/lists/* /root/.cache /tmp/*', 'COPY . /app', 'CMD ["python", "/app/run.py"]'] },
  { what: 'prose in spanish with a table of cleanup commands', description: 'Limpia cachés y artefactos de compilación. Úsalo cuando el disco esté lleno.', language: 'prose',
    body: ['Para liberar espacio, borra las cachés y salidas que se pueden regenerar:', '', '| Qué | Comando |', '| --- | --- |', '| Caché de Gradle | `rm -rf ~/.gradle/caches/` |', '| Salida de Maven | `mvn clean` |', '| Imágenes sin usar | `docker image prune -a` |', '', '> Nota: `rm -rf ~/.cache/pip` también es seguro; pip la vuelve a crear.'] },
  // System administration
  { what: 'ini systemd timer runs the nightly database backup', description: 'Schedules the nightly Postgres backup with systemd. Use on the database host.', language: 'ini',
    body: ['# /etc/systemd/system/pg-backup.service', '[Unit]', 'Description=Nightly Postgres backup', '', '[Service]', 'Type=oneshot', 'User=postgres', 'ExecStart=/usr/local/bin/pg-backup.sh', '', '# /etc/systemd/system/pg-backup.timer', '[Timer]', 'OnCalendar=*-*-* 02:30:00', 'Persistent=true', '', '[Install]', 'WantedBy=timers.target'] },
  { what: 'bash backup script dumps the database and syncs to the backup bucket', description: 'Backs up the application database to our S3 bucket. Use from the nightly cron job.', language: 'bash',
    body: ['#!/usr/bin/env bash', 'set -euo pipefail', 'STAMP=$(date +%Y%m%d-%H%M)', 'pg_dump -Fc "$DATABASE_URL" > "/var/backups/app-$STAMP.dump"', 'aws s3 cp "/var/backups/app-$STAMP.dump" "s3://$BACKUP_BUCKET/postgres/app-$STAMP.dump" --sse AES256', 'find /var/backups -name "app-*.dump" -mtime +7 -delete', '( crontab -l 2>/dev/null; echo "30 2 * * * /usr/local/bin/backup-db.sh >> /var/log/backup-db.log 2>&1" ) | sort -u | crontab -'],
    expected: ['threat/persistence 14:118 warning'] },
  { what: 'text logrotate config for the app logs', description: 'Rotates the application logs daily. Use when setting up a new server.', language: 'text',
    body: ['/var/log/myapp/*.log {', '    daily', '    rotate 14', '    compress', '    delaycompress', '    missingok', '    notifempty', '    create 0640 myapp adm', '    postrotate', '        systemctl reload myapp >/dev/null 2>&1 || true', '    endscript', '}'] },
  { what: 'bash creates a deploy user with sudo for the service only', description: 'Creates the deploy user on a new server. Use when provisioning a host.', language: 'bash',
    body: ['sudo useradd --create-home --shell /bin/bash deploy', 'sudo install -d -m 700 -o deploy -g deploy /home/deploy/.ssh', 'sudo cp deploy_ed25519.pub /home/deploy/.ssh/authorized_keys', 'sudo chown deploy:deploy /home/deploy/.ssh/authorized_keys && sudo chmod 600 /home/deploy/.ssh/authorized_keys', 'echo "deploy ALL=(root) NOPASSWD: /bin/systemctl restart myapp" | sudo tee /etc/sudoers.d/deploy', 'sudo chmod 440 /etc/sudoers.d/deploy && sudo visudo -cf /etc/sudoers.d/deploy'],
    expected: ['threat/privilege-escalation 12:67 warning'] },
  { what: 'bash sets up ufw with ssh and https only', description: 'Configures the host firewall. Use when hardening a new server.', language: 'bash',
    body: ['sudo ufw default deny incoming', 'sudo ufw default allow outgoing', 'sudo ufw allow 22/tcp', 'sudo ufw allow 443/tcp', 'sudo ufw limit ssh', 'sudo ufw --force enable', 'sudo iptables -L -n'] },
  { what: 'bash installs the node exporter as a service', description: 'Installs the Prometheus node exporter. Use when adding a host to monitoring.', language: 'bash',
    body: ['VER=1.8.1', 'curl -fsSLO "https://github.com/prometheus/node_exporter/releases/download/v${VER}/node_exporter-${VER}.linux-amd64.tar.gz"', 'curl -fsSL "https://github.com/prometheus/node_exporter/releases/download/v${VER}/sha256sums.txt" | grep linux-amd64.tar.gz | sha256sum -c -', 'tar -xzf "node_exporter-${VER}.linux-amd64.tar.gz"', 'sudo install -m 755 "node_exporter-${VER}.linux-amd64/node_exporter" /usr/local/bin/', 'sudo useradd --system --no-create-home --shell /usr/sbin/nologin node_exporter', 'sudo systemctl enable --now node_exporter'] },
  { what: 'yaml ansible tasks fix permissions and restart the service', description: 'Fixes ownership of the app directory and restarts it. Use when a deploy left wrong permissions.', language: 'yaml',
    body: ['- name: own the app directory', '  ansible.builtin.file:', '    path: /srv/myapp', '    owner: myapp', '    group: myapp', '    mode: "0750"', '    recurse: true', '- name: restart the service', '  ansible.builtin.systemd:', '    name: myapp', '    state: restarted', '    daemon_reload: true'] },
  { what: 'powershell schedules a backup task and opens a firewall port', description: 'Sets up the nightly file backup and the monitoring port on a Windows server. Use when provisioning a server.', language: 'powershell',
    body: ['$action = New-ScheduledTaskAction -Execute "robocopy.exe" -Argument "D:\\Shares \\\\nas01\\backup\\shares /MIR /R:2 /W:5 /LOG:C:\\logs\\backup.log"', '$trigger = New-ScheduledTaskTrigger -Daily -At 1am', 'Register-ScheduledTask -TaskName "NightlyShareBackup" -Action $action -Trigger $trigger -User "SYSTEM" -RunLevel Highest', 'New-NetFirewallRule -DisplayName "Windows exporter" -Direction Inbound -Protocol TCP -LocalPort 9182 -Action Allow', 'Get-ScheduledTask -TaskName "NightlyShareBackup"'],
    expected: ['threat/persistence 10:1 warning'] },
  { what: 'yaml datadog agent config reads the api key from the environment', description: 'Configures the monitoring agent on the hosts. Use when enrolling a host.', language: 'yaml',
    body: ['api_key: ${DD_API_KEY}', 'site: datadoghq.eu', 'logs_enabled: true', 'process_config:', '  process_collection:', '    enabled: true', 'tags:', '  - env:prod', '  - team:platform'] },
  { what: 'prose in french describes a cron backup in a quote and a text fence', description: 'Sauvegarde le répertoire des données chaque nuit. À utiliser sur le serveur de fichiers.', language: 'prose',
    body: ['Ajoute la tâche cron suivante pour l\'utilisateur `backup` :', '', '```text', '15 1 * * * rsync -a --delete /srv/data/ backup@nas.local:/volume1/backups/data/', '```', '', '> Vérifie ensuite les journaux avec `journalctl -u cron --since today`.'] },
];

describe('precision, data pipelines, cleanup and system administration as a careful team writes them', () => {
  for (const probe of careful) {
    (probe.notYet ? it.fails : it)(probe.what, () => {
      expect(threats(skillOf(probe))).toEqual(probe.expected ?? []);
    });
  }
});
