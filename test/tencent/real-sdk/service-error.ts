/** An error the service answers with: the SDK turns it into `{ code, message }`. */
export class ServiceError extends Error {
  constructor(
    readonly code: number,
    readonly info: string,
  ) {
    super(info);
  }
}
