import type { Generated } from 'kysely';
import type { DeliveryChannel, DeliveryStatus } from '../../core/delivery.js';
import type { ReminderReason } from '../../core/ladder.js';
import type { NoticeKind, NoticeStatus, UrgeSource } from '../../core/notices.js';
import type { RobotKind } from '../platform/webhook.js';
import type { Stamped } from './schema.js';

/** Table types of urging: notices and their replies, urges, notifications and deliveries, the reminder ladder. */

export interface NoticesTable extends Stamped {
  id: string;
  kind: NoticeKind;
  year: number;
  seq: number;
  number: string;
  unit_id: string;
  findings: string;
  required_actions: string;
  reply_due: string;
  status: NoticeStatus;
  issued_on: string;
  issued_by: string | null;
  issued_by_name: string | null;
}

export interface NoticeItemsTable {
  notice_id: string;
  item_id: string;
  sort_order: number;
}

export interface NoticeRepliesTable extends Stamped {
  id: string;
  notice_id: string;
  unit_id: string;
  content: string;
  status: 'submitted' | 'accepted' | 'returned';
  submitted_by: string | null;
  submitted_on: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  review_comment: string | null;
}

export interface UrgesTable {
  id: string;
  item_id: string;
  unit_id: string | null;
  channel: string;
  to_person_id: string | null;
  to_text: string | null;
  urged_at: string;
  answer: string | null;
  source: UrgeSource;
  notice_id: string | null;
  created_by: string | null;
  created_at: string;
  version: Generated<number>;
}

/** What a user sees under the bell; a digest carries its day (one per user and day). */
export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: 'digest' | 'notice' | 'info';
  title: string;
  body: string;
  item_id: string | null;
  digest_day: string | null;
  created_at: string;
  read_at: string | null;
}

/** The outbox: one row per notification and channel, claimed, retried with back-off, then failed. */
export interface DeliveriesTable {
  id: string;
  notification_id: string;
  channel: DeliveryChannel;
  target: string;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: string;
  lease_until: string | null;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface NotificationPrefsTable {
  user_id: string;
  /** JSON array of DeliveryChannel. */
  channels: string;
  quiet_start: string | null;
  quiet_end: string | null;
  updated_at: string;
  version: number;
}

export interface RobotsTable {
  id: string;
  name: string;
  /** null: the office-wide robot. */
  unit_id: string | null;
  kind: RobotKind;
  url: string;
  secret: string | null;
  enabled: number;
  created_at: string;
  updated_at: string;
}

/** What the ladder sent: unique per (item, reason, subject, rung, day, unit). */
export interface RemindersTable {
  id: string;
  item_id: string;
  reason: ReminderReason;
  subject_id: string;
  rung: number;
  day: string;
  unit_id: string;
  recipient_id: string | null;
  deadline: string;
  days: number;
  notice_id: string | null;
  notice_number: string | null;
  notification_id: string | null;
  created_at: string;
}

/** The days the ladder has run (written in the run's transaction). */
export interface LadderRunsTable {
  day: string;
  ran_at: string;
  reminders: number;
  digests: number;
  notices: number;
}
