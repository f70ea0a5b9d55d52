import { nextTurn } from '../core/steps';

/**
 * Hands out turns of the event loop one at a time: each `take()` resolves in a turn after the one in
 * which the previous `take()` resolved. Callers that all wait for the same result (every feature waits
 * for a document's new analysis) then go on one per turn, instead of all in one long turn that keeps
 * VS Code's requests waiting.
 */
export class TurnQueue {
  private last: Promise<void> = Promise.resolve();

  take(): Promise<void> {
    const turn = this.last.then(nextTurn);
    this.last = turn;
    return turn;
  }
}
