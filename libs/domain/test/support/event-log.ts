/** An in-memory log for the domain specs that cross streams, driven by the process managers. */
import {
  type AnyWorkflow,
  type DomainCommand,
  type RecordedEvent,
  isDomainError,
  processManagers,
  workflowForCommand,
  workflowForStream,
} from '../../src/index.js';

/** A tiny event log with the same contract the application has: one stream per id, ids per event. */
export class Log {
  readonly events: RecordedEvent[] = [];
  private sequence = 0;
  /** The codes of reactions refused as already done. */
  readonly alreadyDone: string[] = [];

  stream(streamId: string): RecordedEvent[] {
    return this.events.filter((event) => event.streamId === streamId);
  }

  execute(command: DomainCommand): RecordedEvent[] {
    const workflow = workflowForCommand(command.type) as AnyWorkflow;
    const streamId = workflow.streamIdOf(command);
    const state = this.stream(streamId).reduce(
      (current, event) => workflow.decider.evolve(current, { type: event.type, data: event.data } as { type: string }),
      workflow.decider.initialState(),
    );
    const recorded = workflow.decider.decide(command, state).map((event) => {
      this.sequence += 1;
      return {
        id: `evt-${this.sequence}`,
        type: event.type,
        streamId,
        data: (event as unknown as { data: unknown }).data,
        recordedAt: `2024-06-01T00:00:${String(this.sequence % 60).padStart(2, '0')}.000Z`,
        recordedOn: '2024-06-01',
      };
    });
    this.events.push(...recorded);
    return recorded;
  }

  /** Runs the process managers until nothing new happens; a repeat refused as a transition counts as done. */
  executeAndReact(command: DomainCommand): void {
    const queue = [...this.execute(command)];
    while (queue.length > 0) {
      const event = queue.shift() as RecordedEvent;
      for (const manager of processManagers.filter((candidate) => candidate.handles.includes(event.type))) {
        for (const next of manager.react(event)) {
          try {
            queue.push(...this.execute(next));
          } catch (error) {
            // As the application's runner does: a refusal that says "already done" counts as done.
            if (!(isDomainError(error) && error.kind === 'transition' && /(^|[._])ALREADY_/.test(error.code))) throw error;
            this.alreadyDone.push(error.code);
          }
        }
      }
    }
  }

  state(streamId: string): { readonly status: string } & Record<string, unknown> {
    const workflow = workflowForStream(streamId) as AnyWorkflow;
    return this.stream(streamId).reduce(
      (current, event) => workflow.decider.evolve(current, { type: event.type, data: event.data } as { type: string }),
      workflow.decider.initialState(),
    ) as { readonly status: string } & Record<string, unknown>;
  }

  status(streamId: string): string {
    return this.state(streamId).status;
  }
}
