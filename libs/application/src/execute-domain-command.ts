/**
 * The CQRS face of the command path: every app (api, CLI demo loader, process managers)
 * dispatches `ExecuteDomainCommand` on the `CommandBus`, and this one handler serves them all.
 */
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandService, type CommandResult, type ExecuteOptions } from './commands/command.service.js';
import type { DomainCommand } from '@gongron/domain';

export class ExecuteDomainCommand extends Command<CommandResult> {
  constructor(
    readonly command: DomainCommand,
    readonly options: ExecuteOptions = {},
  ) {
    super();
  }
}

@CommandHandler(ExecuteDomainCommand)
export class ExecuteDomainCommandHandler implements ICommandHandler<ExecuteDomainCommand, CommandResult> {
  constructor(@Inject(CommandService) private readonly commands: CommandService) {}

  execute(command: ExecuteDomainCommand): Promise<CommandResult> {
    return this.commands.execute(command.command, command.options);
  }
}
