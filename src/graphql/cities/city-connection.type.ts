import { connectionOf } from '../shared/connection';
import { City } from './city.type';

export const CityConnection = connectionOf('City', City);
