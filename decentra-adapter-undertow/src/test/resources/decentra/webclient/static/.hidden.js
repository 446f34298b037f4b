export const secret = 'must not be served';
