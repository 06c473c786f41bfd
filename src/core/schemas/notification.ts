import { z } from 'zod';
import { DELIVERY_CHANNELS, DELIVERY_STATUSES } from '../delivery.js';
import { Id, Paging, QueryBool, Text, TrimmedText } from './common.js';

export const NotificationOut = z.object({
  id: z.string(),
  kind: z.enum(['digest', 'notice', 'info']),
  title: z.string(),
  body: z.string(),
  itemId: z.string().nullable(),
  itemCode: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationOut = z.infer<typeof NotificationOut>;

export const NotificationQuery = Paging.extend({ unread: QueryBool.optional() });
export type NotificationQuery = z.infer<typeof NotificationQuery>;

export const UnreadCount = z.object({ unread: z.number().int() });
export type UnreadCount = z.infer<typeof UnreadCount>;

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

export const DeliveryChannelSchema = z.enum(DELIVERY_CHANNELS);

export const PrefsOut = z.object({
  channels: z.array(DeliveryChannelSchema),
  quietStart: z.string().nullable(),
  quietEnd: z.string().nullable(),
  /** The address e-mail goes to (the user's own, kept in their account). */
  email: z.string().nullable(),
  /** The robot the user's digests go to when they choose it (their unit's, else the office's), by name. */
  robot: z.string().nullable(),
  version: z.number().int(),
});
export type PrefsOut = z.infer<typeof PrefsOut>;

/** In-app is always on; quiet hours both or neither. */
export const PrefsInput = z
  .object({
    channels: z.array(DeliveryChannelSchema).max(3),
    quietStart: HHMM.nullable(),
    quietEnd: HHMM.nullable(),
    version: z.number().int().min(0),
  })
  .strict()
  .refine((p) => (p.quietStart === null) === (p.quietEnd === null), {
    path: ['quietEnd'],
    message: 'give both ends of the quiet hours, or neither',
  });
export type PrefsInput = z.infer<typeof PrefsInput>;

export const RobotKindSchema = z.enum(['dingtalk', 'wecom', 'feishu']);

/** A robot as the browser sees it: the address's token and the secret are never sent in full. */
export const RobotOut = z.object({
  id: z.string(),
  name: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  kind: RobotKindSchema,
  url: z.string(),
  secretSet: z.boolean(),
  enabled: z.boolean(),
});
export type RobotOut = z.infer<typeof RobotOut>;

export const SmtpOut = z.object({
  host: z.string(),
  port: z.number().int(),
  secure: z.boolean(),
  username: z.string().nullable(),
  passwordSet: z.boolean(),
  from: z.string(),
});

export const ChannelsOut = z.object({
  /** The office's SMTP server; null: the server's DUCHA_SMTP_URL (or mail only logged). */
  smtp: SmtpOut.nullable(),
  /** Whether the server has its own DUCHA_SMTP_URL to fall back on. */
  envSmtp: z.boolean(),
  robots: z.array(RobotOut),
});
export type ChannelsOut = z.infer<typeof ChannelsOut>;

const Url = Text()
  .max(1000)
  .refine((s) => /^https?:\/\/[^\s]+$/.test(s), 'expected an http(s) address');

/**
 * `PUT /api/channels`: the whole configuration. A password, robot address or
 * secret left out keeps the stored one (the browser never had it); `null`
 * secret removes it.
 */
export const ChannelsInput = z
  .object({
    smtp: z
      .object({
        host: TrimmedText(200),
        port: z.number().int().min(1).max(65535),
        secure: z.boolean(),
        username: Text().max(200).nullable(),
        password: Text().max(200).optional(),
        from: TrimmedText(200),
      })
      .strict()
      .nullable(),
    robots: z
      .array(
        z
          .object({
            id: Id.optional(),
            name: TrimmedText(100),
            unitId: Id.nullable(),
            kind: RobotKindSchema,
            url: Url.optional(),
            secret: Text().max(200).nullable().optional(),
            enabled: z.boolean(),
          })
          .strict(),
      )
      .max(200),
  })
  .strict();
export type ChannelsInput = z.infer<typeof ChannelsInput>;

export const DeliveryOut = z.object({
  id: z.string(),
  notificationId: z.string(),
  title: z.string(),
  recipientName: z.string().nullable(),
  channel: DeliveryChannelSchema,
  target: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type DeliveryOut = z.infer<typeof DeliveryOut>;

export const DeliveryQuery = Paging.extend({ status: z.enum(DELIVERY_STATUSES).optional() });
export type DeliveryQuery = z.infer<typeof DeliveryQuery>;
