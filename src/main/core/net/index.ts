export { createGateway, DEFAULT_USER_AGENT } from './gateway';
export type {
  Gateway,
  GatewayOptions,
  GetOptions,
  BytesResponse,
  TextResponse,
  JsonResponse,
  RequestLogEntry,
} from './gateway';
