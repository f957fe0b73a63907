/**
 * The X reply assistant whole: its controller, the replies it composes, its panel and styles.
 * Loaded on demand (content/reply/lazy.ts) the first time a reply box is focused, so the X
 * content script itself carries none of it.
 */
import { ReplyLayer } from '../../components/ReplyLayer';
import type { ReplyFeature } from '../session/page-session';
import { startReplyAssistant } from './assistant';

export const REPLY_FEATURE: ReplyFeature = { start: startReplyAssistant, Layer: ReplyLayer };
