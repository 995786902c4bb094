"""add shipment_events

Revision ID: 7c41e2b9a0d3
Revises: 52f0aa1e9c77
Create Date: 2024-06-12 09:41:05
"""
import sqlalchemy as sa
from alembic import op

revision = "7c41e2b9a0d3"
down_revision = "52f0aa1e9c77"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shipment_events",
        sa.Column("id", sa.BigInteger, primary_key=True),
        sa.Column("shipment_id", sa.BigInteger, sa.ForeignKey("shipments.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("payload", sa.JSON, nullable=False, server_default=sa.text("'{}'")),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    )
    op.create_index("ix_shipment_events_shipment_id", "shipment_events", ["shipment_id"])


def downgrade() -> None:
    # Reverses upgrade(): removes only the table this revision created.
    op.drop_index("ix_shipment_events_shipment_id", table_name="shipment_events")
    op.execute("DROP TABLE IF EXISTS shipment_events")
