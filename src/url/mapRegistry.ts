// Where the URL sync, the embed and the exports find the live map without importing src/map, and
// how they ask for a camera. MapView registers its controller here; the controller is the only
// writer of the camera, so a camera from a link or from back/forward is a *request* that MapView
// applies when the map is ready and any selection framing of the same change is decided.
import type { Camera } from '../domain/geo';

/** A frame of the map for an export (see MapController.captureImage). */
export interface MapImage {
  canvas: HTMLCanvasElement;
  width: number;
  height: number;
  project(lngLat: [number, number]): { x: number; y: number };
}

/** The intent the rest of the app may use (no MapLibre object). */
export interface MapHandle {
  whenReady(): Promise<void>;
  whenIdle(): Promise<void>;
  getCamera(): Camera;
  onMoveEnd(cb: () => void): () => void;
  captureImage(ratio: number): Promise<MapImage>;
  snapshotPng(): string | null;
}

type Listener = (h: MapHandle | null) => void;

let current: MapHandle | null = null;
const listeners = new Set<Listener>();

/** MapView calls this with its controller on creation and null on teardown. */
export function registerMapController(handle: MapHandle | null): void {
  if (handle === current) return;
  current = handle;
  for (const l of [...listeners]) l(handle);
}

export function currentMap(): MapHandle | null {
  return current;
}

/** Calls `listener` now (when a map exists) and on every change; returns the unsubscribe. */
export function onMapChange(listener: Listener): () => void {
  listeners.add(listener);
  if (current) listener(current);
  return () => {
    listeners.delete(listener);
  };
}

// ---- camera requests ----------------------------------------------------------------------------

export interface CameraRequest {
  camera: Camera;
  /** From the link the page was opened with (an embed then keeps its selection in view). */
  fromLink: boolean;
}

let pendingCamera: CameraRequest | null = null;
const cameraListeners = new Set<() => void>();

/** Ask for a camera; the latest request wins. */
export function requestCamera(req: CameraRequest | null): void {
  pendingCamera = req;
  for (const l of [...cameraListeners]) l();
}

/** The request not yet applied, if any (not taken). */
export function peekCameraRequest(): CameraRequest | null {
  return pendingCamera;
}

/** Takes the pending request (the taker applies it). */
export function takeCameraRequest(): CameraRequest | null {
  const r = pendingCamera;
  pendingCamera = null;
  return r;
}

export function onCameraRequest(listener: () => void): () => void {
  cameraListeners.add(listener);
  return () => {
    cameraListeners.delete(listener);
  };
}
