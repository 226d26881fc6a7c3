import { Injectable } from '@nestjs/common';

/** The time of day for rules that depend on it (quiet hours, daily caps); one place to read it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
