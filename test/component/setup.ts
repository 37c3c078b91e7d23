// jsdom has no canvas: charts draw nothing and their table twins carry the numbers.
HTMLCanvasElement.prototype.getContext = () => null;
