import type { Problem, Severity } from './types';
import { formatMessage, type MessageTemplate } from './messages';

/**
 * A problem that writes its message when it is read, with its code and severity on the prototype: a draft
 * can have hundreds of thousands of them, held all along, and few are ever shown.
 */
export abstract class QuietProblem implements Problem {
  abstract readonly code: string;
  abstract readonly severity: Severity;
  abstract readonly template: MessageTemplate;
  abstract readonly args: readonly string[];
  /** On the prototype: an own field would cost every instance a slot, and most problems have no suggestion. */
  get suggestion(): string | undefined {
    return undefined;
  }

  constructor(public start: number, public end: number) {}

  get message(): string {
    return formatMessage(this.template, this.args);
  }

  /** As plain data, message included (JSON.stringify reads own fields only). */
  toJSON(): Problem {
    const { code, message, template, args, start, end, severity, suggestion } = this;
    return suggestion === undefined ? { code, message, template, args, start, end, severity } : { code, message, template, args, start, end, severity, suggestion };
  }
}

/** The base of a kind of QuietProblem: its code and severity, on the prototype. */
export function quietProblemOf(code: string, severity: Severity) {
  abstract class Kind extends QuietProblem {
    get code(): string {
      return code;
    }

    get severity(): Severity {
      return severity;
    }
  }
  return Kind;
}
