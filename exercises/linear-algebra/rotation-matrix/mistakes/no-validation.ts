function checkAngle(theta: number): void {}
