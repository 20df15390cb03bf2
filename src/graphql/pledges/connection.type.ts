import { connectionOf } from '../shared/connection';
import { Pledge } from './pledge.type';

export const PledgeConnection = connectionOf('Pledge', Pledge);
