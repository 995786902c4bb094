from datetime import timedelta

from airflow.providers.slack.notifications.slack import send_slack_notification

DEFAULT_ARGS = {
    "owner": "data-eng",
    "retries": 2,
    "retry_delay": timedelta(minutes=5),
    "sla": timedelta(hours=2),
    "on_failure_callback": send_slack_notification(
        slack_conn_id="slack_alerts", text="Task {{ ti.task_id }} failed in {{ dag.dag_id }}"
    ),
}
