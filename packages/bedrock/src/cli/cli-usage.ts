/** The default model: on demand in most regions, fast and cheap. */
export const defaultCliModel = 'anthropic.claude-3-haiku-20240307-v1:0';

/** The text of `bedrock-kit --help`. */
export const cliUsage = `Usage: bedrock-kit [options] "prompt"
       echo "prompt" | bedrock-kit [options]
       git diff | bedrock-kit [options] "prompt"   (the prompt, a blank line, then stdin)

Send one prompt to a model on Amazon Bedrock and print the answer.

Options:
  -m, --model <id>        model ID, inference profile or ARN ("bedrock:" prefix optional)
                          (default: ${defaultCliModel})
  -s, --stream            print the answer as it arrives
      --system <text>     system prompt
      --max-tokens <n>    most tokens to generate
      --region <region>   AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, us-east-1)
      --endpoint <url>    base URL (default: AWS_ENDPOINT_URL_BEDROCK_RUNTIME, AWS_ENDPOINT_URL,
                          else https://bedrock-runtime.<region>.amazonaws.com)
      --json              print the result as one JSON object with the keys text, finishReason,
                          usage, toolCalls, toolResults, reasoning, citations, warnings, api,
                          requestId, providerMetadata, content, steps, response (each always
                          present, null when empty); with --stream, one JSON event per line,
                          then {"type":"result","result":{...}} with the same keys
  -h, --help              show this help
  -v, --version           show the version

Credentials come from the environment: AWS_BEARER_TOKEN_BEDROCK (a Bedrock API key),
else AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN).

Exit codes: 0 success, 1 the call failed (the error and what to do are printed), 2 usage error.

Examples:
  bedrock-kit "Write a haiku about rivers"
  bedrock-kit --stream --model us.meta.llama3-2-3b-instruct-v1:0 "Tell me a story"
  git diff | bedrock-kit --system "Review this diff" --max-tokens 800
`;
