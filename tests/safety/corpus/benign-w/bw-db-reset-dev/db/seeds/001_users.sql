INSERT INTO users (id, email, name, password_hash, role, created_at) VALUES
  (1, 'dev@example.com', 'Dev User', '$2b$10$0XgE1lqP7I8VZ4sX3aF2KeQ2mWQ9j0pQe1gk0k7o6y0Qz7lHq3b6G', 'admin', now()),
  (2, 'alice@example.com', 'Alice Example', '$2b$10$0XgE1lqP7I8VZ4sX3aF2KeQ2mWQ9j0pQe1gk0k7o6y0Qz7lHq3b6G', 'member', now()),
  (3, 'bob@example.com', 'Bob Example', '$2b$10$0XgE1lqP7I8VZ4sX3aF2KeQ2mWQ9j0pQe1gk0k7o6y0Qz7lHq3b6G', 'member', now());
SELECT setval('users_id_seq', 3);
