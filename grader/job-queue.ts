/**
 * The grading queue, behind one small interface so that a shared queue service (several web
 * servers and grading hosts working as one) can replace the in-process one without touching the
 * pool's supervision. Two lanes: submits (a learner's progress depends on them) always go before
 * runs; within a lane, owners (one learner, or one address without a learner) take turns, so one
 * learner's burst waits behind its own jobs only.
 */
export type Lane = "submit" | "run";

export interface JobQueue<T> {
  /** Adds a job at the back of its owner's line. The caller checks capacity first (see `size`). */
  push(job: T, owner: string, lane: Lane): void;
  /** Puts a job before every other (a job being graded again after its process died). */
  pushFirst(job: T): void;
  /** The next job: the urgent ones, then submits, then runs; owners in turn within a lane. */
  shift(): T | undefined;
  /** Takes a job out wherever it waits (its deadline passed); false if it was no longer queued. */
  remove(job: T): boolean;
  /** Empties the queue, returning what waited. */
  drain(): T[];
  /** Jobs waiting in a lane, or in all of them. */
  size(lane?: Lane): number;
}

/** The in-process queue: per lane, a ring of owners (a Map keeps insertion order), each with its own line. */
export class FairJobQueue<T> implements JobQueue<T> {
  private readonly urgent: T[] = [];
  private readonly lanes: Record<Lane, Map<string, T[]>> = { submit: new Map(), run: new Map() };
  private readonly counts: Record<Lane, number> = { submit: 0, run: 0 };

  push(job: T, owner: string, lane: Lane): void {
    const lines = this.lanes[lane];
    const line = lines.get(owner);
    if (line) line.push(job);
    else lines.set(owner, [job]);
    this.counts[lane]++;
  }

  pushFirst(job: T): void {
    this.urgent.unshift(job);
  }

  shift(): T | undefined {
    if (this.urgent.length > 0) return this.urgent.shift();
    for (const lane of ["submit", "run"] as const) {
      const lines = this.lanes[lane];
      const first = lines.entries().next();
      if (first.done) continue;
      const [owner, line] = first.value;
      const job = line.shift() as T;
      // The owner goes to the back of the ring: everyone else waiting gets a turn first.
      lines.delete(owner);
      if (line.length > 0) lines.set(owner, line);
      this.counts[lane]--;
      return job;
    }
    return undefined;
  }

  remove(job: T): boolean {
    const index = this.urgent.indexOf(job);
    if (index !== -1) {
      this.urgent.splice(index, 1);
      return true;
    }
    for (const lane of ["submit", "run"] as const) {
      for (const [owner, line] of this.lanes[lane]) {
        const at = line.indexOf(job);
        if (at === -1) continue;
        line.splice(at, 1);
        if (line.length === 0) this.lanes[lane].delete(owner);
        this.counts[lane]--;
        return true;
      }
    }
    return false;
  }

  drain(): T[] {
    const jobs = [...this.urgent.splice(0)];
    for (const lane of ["submit", "run"] as const) {
      for (const line of this.lanes[lane].values()) jobs.push(...line);
      this.lanes[lane].clear();
      this.counts[lane] = 0;
    }
    return jobs;
  }

  size(lane?: Lane): number {
    if (lane) return this.counts[lane];
    return this.urgent.length + this.counts.submit + this.counts.run;
  }
}
