/**
 * One queue of tasks per key (a conversation): tasks run one at a time, in the order asked
 * for, and asking again for a task of the same kind while it waits or runs shares its
 * promise. A queue with nothing running starts the task at once, in the caller's tick, so a
 * status it sets shows before the caller's next line.
 */
export class TaskQueues {
  private readonly pending = new Map<string, Promise<void>>();
  private readonly tails = new Map<string, Promise<void>>();

  run(queue: string, kind: string, task: () => Promise<void>): Promise<void> {
    const id = `${queue}\u0000${kind}`;
    const shared = this.pending.get(id);
    if (shared) return shared;
    const tail = this.tails.get(queue);
    // A task never rejects the queue: a failure is the task's to report.
    const promise = (tail ? tail.then(task) : task()).catch(() => {});
    this.pending.set(id, promise);
    this.tails.set(queue, promise);
    void promise.then(() => {
      if (this.pending.get(id) === promise) this.pending.delete(id);
      if (this.tails.get(queue) === promise) this.tails.delete(queue);
    });
    return promise;
  }
}
