/** A checkpoint saved outside the database, brought back to hold the log against (POST /audit/verify). */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** A signed note with a cosignature from each of the 62 witnesses stays well below this. */
export const SAVED_CHECKPOINT_MAX = 32_000;

export class VerifyAgainstCheckpointDto {
  @ApiProperty({
    description:
      'The signed checkpoint as the log issued it (C2SP tlog-checkpoint in a signed note, from GET /transparency/checkpoint or ' +
      'GET /transparency/checkpoints/{size}), or that JSON answer itself; signed by the log key or a registered witness key',
    maxLength: SAVED_CHECKPOINT_MAX,
  })
  @IsString()
  @MinLength(1)
  @MaxLength(SAVED_CHECKPOINT_MAX)
  checkpoint!: string;

  /** Checked as GET /audit/verify checks its stream: the store refuses a malformed id (400), an unknown one is 404. */
  @ApiPropertyOptional({ description: 'Verify one stream only (unknown is 404)', example: 'agenda-item:3f1c…' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  stream?: string;
}
