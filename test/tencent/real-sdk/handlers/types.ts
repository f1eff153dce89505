import type { Body, FrameHead } from '../frames';
import type { Session, TencentService } from '../service';
import type { Link } from '../transport';

export interface Request {
  service: TencentService;
  link: Link;
  head: FrameHead;
  body: Body;
  /** Undefined until the login frame succeeded on this link. */
  session: Session | undefined;
}

/** Answers a request with a body in the server's key names, or undefined for no answer. */
export type Handler = (request: Request) => Body | undefined;
