DO $$
DECLARE t record;
BEGIN
  IF current_database() NOT LIKE '%\_test' THEN
    RAISE EXCEPTION 'refusing to reset %, not a test database', current_database();
  END IF;
  IF coalesce(inet_server_addr()::text, 'local') NOT IN ('local', '127.0.0.1/32', '::1/128')
     AND inet_server_addr() << '172.16.0.0/12' IS NOT TRUE THEN
    RAISE EXCEPTION 'refusing a non-local server';
  END IF;
  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'app' LOOP
    EXECUTE format('TRUNCATE TABLE app.%I RESTART IDENTITY CASCADE', t.tablename);
  END LOOP;
END $$;
