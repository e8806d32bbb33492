import { Inject, Injectable } from '@nestjs/common';
import { CommandService } from '@gongron/application';
import type { HttpResponse } from '../http-types.js';
import { etag } from './command-gateway.js';

export interface StreamStateResponse {
  readonly streamId: string;
  readonly revision: number;
  readonly state: Record<string, unknown>;
  readonly allowedActions: string[];
}

/** `GET` of one item, project or agreement: folded from the log, never from a read model. */
@Injectable()
export class StreamReader {
  constructor(@Inject(CommandService) private readonly commands: CommandService) {}

  async read(streamId: string, response: HttpResponse): Promise<StreamStateResponse> {
    const snapshot = await this.commands.load(streamId);
    response.setHeader('ETag', etag(snapshot.revision));
    return { streamId, revision: snapshot.revision, state: snapshot.state, allowedActions: snapshot.allowedActions };
  }
}
