import { registerDecorator, ValidationArguments } from 'class-validator';
import { hasGlyph } from '@/rendering/fonts';
import { unprintableCharacters } from '@/rendering/printable';

/** What the field holds that a packet cannot print, for the clerk's message. */
export const unprintableIn = (value: unknown): string[] =>
  typeof value === 'string' ? unprintableCharacters(value, hasGlyph) : [];

/**
 * Names and addresses print on covers, slips and manifests: a character the packet's font
 * lacks (an emoji) would print as "?" in the envelope window, so it is refused with the
 * characters named.
 */
export function PrintableOnPaper(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'printableOnPaper',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => unprintableIn(value).length === 0,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} holds characters a packet cannot print (${unprintableIn(args?.value).join(' ')}): use letters, digits and punctuation only`,
      },
    });
}
