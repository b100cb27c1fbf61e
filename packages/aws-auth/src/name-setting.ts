/** The two option sources a caller passes in: per call, and per client. */
export type OptionSource = 'call' | 'instance';

/**
 * Names a setting of an option source in an error message, e.g. `(field, 'call') => \`options.${field}\``.
 * aws-auth's own wording is {@link nameSettingGenerically}; a caller with its own option names passes
 * this so the message speaks them.
 */
export type NameSetting = (field: string, source: OptionSource) => string;

/** `apiKey (call options)`, `region (client options)`: the field and which options held it. */
export function nameSettingGenerically(field: string, source: OptionSource): string {
  return `${field} (${source === 'call' ? 'call' : 'client'} options)`;
}

/** How the key store's fields are named in messages: `apiKey (putKey('aws_bedrock'))`. */
export function nameKeyStoreSetting(field: string): string {
  return `${field} (putKey('aws_bedrock'))`;
}
