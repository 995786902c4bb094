import os, subprocess, psycopg2

url = os.environ.get("DATABASE_URL") or os.environ.get("DEV_DATABASE_URL")
conn = psycopg2.connect(url); conn.autocommit = True
with conn.cursor() as c:
    c.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
subprocess.run(["npx", "prisma", "migrate", "deploy"], check=True)
subprocess.run(["npx", "prisma", "db", "seed"], check=True)
print("database reset")
