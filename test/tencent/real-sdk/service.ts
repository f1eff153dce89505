import { commandOf, type Body, type Frame, type FrameHead } from './frames';
import { Directory, type DirectorySeed } from './directory';
import { HANDLERS, type Handler } from './handlers/index';
import { ServiceError } from './service-error';
import type { FrameServer, Link } from './transport';
import { pushBody, PushEvent } from './wire';

/** One logged-in SDK instance, as the service knows it. */
export interface Session {
  readonly link: Link;
  userID: string;
  tinyID: string;
  /** The instance ID handed out at login; the SDK only reacts to kicks while it is non-zero. */
  instanceID: number;
  a2Key: string;
}

type Rule = { kind: 'fail'; code: number; info: string } | { kind: 'hold' } | { kind: 'patch'; fields: Body };

/**
 * An in-process Tencent Cloud Chat service that answers the real SDK's frames. Behaviour lives
 * in the handler table (handlers/*.ts), keyed by `servcmd`; the data in a Directory. Tests steer
 * it with rules on the next request of a command: fail it with any code, never answer it, or
 * add fields to its answer.
 */
export class TencentService implements FrameServer {
  readonly directory: Directory;
  /** Every request the SDKs sent, oldest first. */
  readonly requests: Array<{ userID: string; servcmd: string; body: Body }> = [];
  private readonly sessions = new Map<Link, Session>();
  private readonly a2Keys = new Map<string, Session>();
  private instances = 0;
  private readonly rules = new Map<string, Rule[]>();
  private readonly handlers: ReadonlyMap<string, Handler>;
  /** userSigs the service refuses at login as expired (70001). */
  readonly expiredUserSigs = new Set<string>();
  /** Users whose A2 key expired: their next request is refused with 70001. */
  readonly expiredSessions = new Set<string>();
  /** ReadReceiptCode per 'GROUP' + groupID, or 'C2C': console switch off, or not in the edition. */
  readonly receiptRefusals = new Map<string, number>();
  /**
   * The edition's features as the SDK fetches them at login (`str_purchase_bits`, bit 0 last).
   * All bought by default; `withoutTargetedMessages()` clears bit 4 (MSG_TO_SPECIFIED_GRP_MBR).
   */
  purchaseBits = '1'.repeat(64);

  constructor(seed: DirectorySeed, handlers: ReadonlyMap<string, Handler> = HANDLERS) {
    this.directory = new Directory(seed);
    this.handlers = handlers;
  }

  // ---- test controls --------------------------------------------------------------------

  /** The edition lacks targeted group messages (receiverList): the SDK refuses them with 3122. Set before login. */
  withoutTargetedMessages(): void {
    const bits = this.purchaseBits.split('');
    bits[bits.length - 1 - 4] = '0';
    this.purchaseBits = bits.join('');
  }

  /** The next request of `command` (e.g. 'group_msg_receipt') fails with this code. */
  failNext(command: string, code: number, info = `stand-in error ${code}`): void {
    this.addRule(command, { kind: 'fail', code, info });
  }

  /** The next request of `command` is received but never answered. */
  holdNext(command: string): void {
    this.addRule(command, { kind: 'hold' });
  }

  /** The next answer to `command` carries these extra server fields. */
  patchNext(command: string, fields: Body): void {
    this.addRule(command, { kind: 'patch', fields });
  }

  /** The server ends a user's sessions (KickoutMsgNotify.KickType): 1 another account, 2 another device, 3 the REST API. */
  kick(userID: string, kickType: 1 | 2 | 3): void {
    const notice = { KickoutMsgNotify: { KickType: kickType, NewInstInfo: {} } };
    this.push(userID, 'im_open_push.msg_push', pushBody([{ Event: PushEvent.C2C_NOTICE, C2cNotifyMsgArray: [notice] }]));
  }

  /** The user's A2 key expires: the next request of each of its sessions is refused with 70001. */
  expireUserSig(userID: string): void {
    this.expiredSessions.add(userID);
  }

  requestsOf(command: string, userID?: string): Body[] {
    return this.requests
      .filter((r) => commandOf(r.servcmd) === command && (userID === undefined || r.userID === userID))
      .map((r) => r.body);
  }

  sessionsOf(userID: string): Session[] {
    return [...this.sessions.values()].filter((s) => s.userID === userID);
  }

  /** A server push to every live session of a user. */
  push(userID: string, servcmd: string, body: Body): void {
    for (const session of this.sessionsOf(userID)) this.pushTo(session, servcmd, body);
  }

  pushTo(session: Session, servcmd: string, body: Body): void {
    session.link.send({ head: { servcmd, seq: 0 }, body });
  }

  // ---- FrameServer ----------------------------------------------------------------------

  connect(): void {}

  disconnect(link: Link): void {
    this.sessions.delete(link);
  }

  receive(link: Link, frame: Frame): void {
    const { head, body } = frame;
    const session = this.sessions.get(link) ?? this.resume(link, head);
    const userID = session?.userID ?? String(head.identifier ?? '');
    this.requests.push({ userID, servcmd: head.servcmd, body });
    if (session && this.expiredSessions.has(session.userID)) {
      this.answer(link, head, failure(70001, 'UserSig expired'));
      return;
    }
    const rule = this.takeRule(commandOf(head.servcmd));
    if (rule?.kind === 'hold') return;
    if (rule?.kind === 'fail') {
      this.answer(link, head, failure(rule.code, rule.info));
      return;
    }
    const handler = this.handlers.get(head.servcmd);
    if (!handler) {
      this.answer(link, head, failure(60020, `stand-in service: no handler for ${head.servcmd}`));
      return;
    }
    let reply: Body | undefined;
    try {
      reply = handler({ service: this, link, head, body, session });
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      this.answer(link, head, failure(error.code, error.info));
      return;
    }
    if (reply === undefined) return;
    this.answer(link, head, { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', ...reply, ...(rule?.kind === 'patch' ? rule.fields : {}) });
  }

  // ---- used by handlers -----------------------------------------------------------------

  openSession(link: Link, userID: string): Session {
    this.instances += 1;
    const session: Session = { link, userID, tinyID: this.directory.tinyIDOf(userID), instanceID: this.instances, a2Key: `a2-${userID}-${this.instances}` };
    this.sessions.set(link, session);
    this.a2Keys.set(session.a2Key, session);
    return session;
  }

  /**
   * Requests carry the A2 key in their head, so after a reconnect they are accepted on the new
   * socket before the SDK's re-login frame arrives.
   */
  private resume(link: Link, head: FrameHead): Session | undefined {
    const known = typeof head.a2 === 'string' ? this.a2Keys.get(head.a2) : undefined;
    if (!known) return undefined;
    const session: Session = { ...known, link };
    this.sessions.set(link, session);
    return session;
  }

  closeSession(link: Link): void {
    const session = this.sessions.get(link);
    if (session) this.a2Keys.delete(session.a2Key);
    this.sessions.delete(link);
  }

  private answer(link: Link, head: FrameHead, body: Body): void {
    link.send({ head: { servcmd: head.servcmd, seq: head.seq }, body });
  }

  private addRule(command: string, rule: Rule): void {
    const list = this.rules.get(command) ?? [];
    list.push(rule);
    this.rules.set(command, list);
  }

  private takeRule(command: string): Rule | undefined {
    return this.rules.get(command)?.shift();
  }
}

/** What the service answers a refused request with; the SDK reads ErrorCode and ErrorInfo. */
export function failure(code: number, info: string): Body {
  return { ActionStatus: 'FAIL', ErrorCode: code, ErrorInfo: info };
}
