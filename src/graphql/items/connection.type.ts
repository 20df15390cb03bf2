import { connectionOf } from '../shared/connection';
import { FrameworkItem } from './framework-item.type';

export const FrameworkItemConnection = connectionOf('FrameworkItem', FrameworkItem);
