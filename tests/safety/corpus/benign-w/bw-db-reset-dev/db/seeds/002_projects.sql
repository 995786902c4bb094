INSERT INTO projects (id, owner_id, name, visibility, created_at) VALUES
  (1, 1, 'Demo project', 'private', now() - interval '30 days'),
  (2, 2, 'Alice sandbox', 'public', now() - interval '3 days');
INSERT INTO tasks (project_id, title, status, due_on) VALUES
  (1, 'Write onboarding doc', 'open', current_date + 7),
  (1, 'Fix login redirect', 'done', current_date - 2),
  (2, 'Try the API', 'open', NULL);
SELECT setval('projects_id_seq', 2);
