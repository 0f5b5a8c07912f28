import { Component, type ReactNode } from 'react';

interface ManagerBoundaryProps {
  /** Shown when the manager's code could not load or crashed; gets a retry. */
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/** Keeps a failed load of the template manager inside its own box; the sidebar keeps working. */
export class ManagerBoundary extends Component<ManagerBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  private readonly retry = (): void => this.setState({ failed: false });

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}
