// `prop-types` for the production bundle: React never checks propTypes in production, so the
// validators Garden declares only need to exist. Each one is chainable (`.isRequired`).
type Validator = { (): null; isRequired: Validator };

const validator = (() => null) as unknown as Validator;
validator.isRequired = validator;
const factory = (..._shape: unknown[]): Validator => validator;

const PropTypes = {
  any: validator,
  array: validator,
  bigint: validator,
  bool: validator,
  element: validator,
  elementType: validator,
  func: validator,
  node: validator,
  number: validator,
  object: validator,
  string: validator,
  symbol: validator,
  arrayOf: factory,
  exact: factory,
  instanceOf: factory,
  objectOf: factory,
  oneOf: factory,
  oneOfType: factory,
  shape: factory,
  checkPropTypes: (): void => undefined,
  resetWarningCache: (): void => undefined,
  PropTypes: undefined as unknown,
};
PropTypes.PropTypes = PropTypes;

export default PropTypes;
